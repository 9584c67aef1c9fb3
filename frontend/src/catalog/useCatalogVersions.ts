import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { catalogApi, unwrap } from '../api/client';
import type { CatalogVersion } from '../api/types';

/** Safety bound: the list follows at most this many pages (200 versions each). */
const MAX_PAGES = 20;

/** Newest first. */
export function sortVersions(versions: readonly CatalogVersion[]): CatalogVersion[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

/** The version a page opens on: the draft being compiled, else the published one, else the newest. */
export function defaultVersion(versions: readonly CatalogVersion[]): CatalogVersion | null {
  return (
    versions.find((v) => v.status === 'draft') ??
    versions.find((v) => v.status === 'published') ??
    sortVersions(versions)[0] ??
    null
  );
}

export interface CatalogVersions {
  versions: CatalogVersion[];
  loading: boolean;
  /** Whether the first load finished (successfully or not). */
  loaded: boolean;
  reload: () => Promise<CatalogVersion[]>;
  /** Replaces the version with the same id, or adds it. */
  upsert: (version: CatalogVersion) => void;
}

/** Every catalog version of a tenant (there are few: one per publication). */
export function useCatalogVersions(tenantId: string | null, onError?: (error: unknown) => void): CatalogVersions {
  const [versions, setVersions] = useState<CatalogVersion[]>([]);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const generation = useRef(0);

  const reload = useCallback(async (): Promise<CatalogVersion[]> => {
    const current = ++generation.current;
    if (!tenantId) {
      setVersions([]);
      setLoaded(false);
      return [];
    }
    setLoading(true);
    try {
      const all: CatalogVersion[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          catalogApi.GET('/tenants/{tenant_id}/catalog/versions', {
            params: { path: { tenant_id: tenantId }, query: { limit: 200, cursor } },
          }),
        );
        all.push(...result.items);
        if (!result.next_cursor) break;
        cursor = result.next_cursor;
      }
      const sorted = sortVersions(all);
      if (current === generation.current) setVersions(sorted);
      return sorted;
    } catch (error) {
      if (current === generation.current) errorRef.current?.(error);
      return [];
    } finally {
      if (current === generation.current) {
        setLoading(false);
        setLoaded(true);
      }
    }
  }, [tenantId]);

  useEffect(() => {
    setVersions([]);
    setLoaded(false);
    void reload();
  }, [reload]);

  const upsert = useCallback((version: CatalogVersion) => {
    setVersions((previous) => sortVersions([version, ...previous.filter((v) => v.id !== version.id)]));
  }, []);

  return { versions, loading, loaded, reload, upsert };
}

export const VERSION_PARAM = 'version';

/**
 * The version a page shows, kept in the URL (?version=<id>) so links can point at it; without
 * the parameter (or with an unknown id) the default version.
 */
export function useSelectedVersion(versions: readonly CatalogVersion[]) {
  const [params, setParams] = useSearchParams();
  const wanted = params.get(VERSION_PARAM);
  const version = versions.find((v) => v.id === wanted) ?? defaultVersion(versions);
  const select = useCallback(
    (id: string | null, extra?: Record<string, string | null>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (id) next.set(VERSION_PARAM, id);
          else next.delete(VERSION_PARAM);
          for (const [key, value] of Object.entries(extra ?? {})) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { version, select, params };
}
