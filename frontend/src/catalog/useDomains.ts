import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../api/client';
import type { Domain } from '../api/types';

/** The pilot domains (试点领域), in their sort order. Reference data: fetched once per page. */
export function useDomains(onError?: (error: unknown) => void) {
  const [domains, setDomains] = useState<Domain[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    unwrap(catalogApi.GET('/domains'))
      .then((list) => {
        if (!cancelled) setDomains([...list].sort((a, b) => a.sort_order - b.sort_order || a.code.localeCompare(b.code)));
      })
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
  }, []);

  const names = new Map(domains.map((domain) => [domain.code, domain.name]));
  return { domains, names, loading };
}
