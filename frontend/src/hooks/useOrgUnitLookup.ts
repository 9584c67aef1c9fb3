import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../api/client';
import { PAGE_SIZE, type OrgUnit } from '../api/types';

/** Safety bound: the lookup follows at most this many pages. */
const MAX_PAGES = 40;

/** Every org unit of a tenant, for the 所属部门 column and select (follows all cursors). */
export function useOrgUnitLookup(tenantId: string | null, onError?: (error: unknown) => void) {
  const [orgUnits, setOrgUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    setOrgUnits([]);
    if (!tenantId) return;
    let cancelled = false;
    setLoading(true);
    (async () => {
      const all: OrgUnit[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          catalogApi.GET('/tenants/{tenant_id}/org-units', {
            params: { path: { tenant_id: tenantId }, query: { limit: PAGE_SIZE, cursor } },
          }),
        );
        all.push(...result.items);
        if (!result.next_cursor) break;
        cursor = result.next_cursor;
      }
      if (!cancelled) setOrgUnits(all);
    })()
      .catch((error: unknown) => {
        if (!cancelled) onError?.(error);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
    // onError is deliberately not a dependency: a new callback is no reason to refetch.
  }, [tenantId]);

  const names = new Map(orgUnits.map((unit) => [unit.id, unit.name]));
  return { orgUnits, names, loading };
}
