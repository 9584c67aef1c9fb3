import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPage } from '../api/types';

export interface CursorList<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
  /** Replaces the item with the same id, or puts a new one first. */
  upsert: (item: T) => void;
  /** Drops the item with this id from the loaded pages. */
  remove: (id: string) => void;
}

/**
 * A cursor-paginated list ("加载更多"): the first page is fetched when `key` changes (null
 * means nothing to fetch), later pages on loadMore().
 */
export function useCursorList<T extends { id: string }>(
  key: string | null,
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  onError?: (error: unknown) => void,
): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    setItems([]);
    setNextCursor(null);
    setError(null);
    if (key === null) {
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const page = await fetchRef.current(undefined);
      if (current !== generation.current) return;
      setItems(page.items);
      setNextCursor(page.next_cursor ?? null);
    } catch (e) {
      if (current !== generation.current) return;
      setError(e);
      errorRef.current?.(e);
    } finally {
      if (current === generation.current) setLoading(false);
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) return;
    const current = generation.current;
    setLoadingMore(true);
    try {
      const page = await fetchRef.current(nextCursor);
      if (current !== generation.current) return;
      setItems((previous) => {
        const seen = new Set(previous.map((item) => item.id));
        return [...previous, ...page.items.filter((item) => !seen.has(item.id))];
      });
      setNextCursor(page.next_cursor ?? null);
    } catch (e) {
      if (current === generation.current) errorRef.current?.(e);
    } finally {
      if (current === generation.current) setLoadingMore(false);
    }
  }, [nextCursor, loadingMore]);

  const upsert = useCallback((item: T) => {
    setItems((previous) => {
      const index = previous.findIndex((existing) => existing.id === item.id);
      if (index === -1) return [item, ...previous];
      const next = [...previous];
      next[index] = item;
      return next;
    });
  }, []);

  const remove = useCallback((id: string) => {
    setItems((previous) => previous.filter((item) => item.id !== id));
  }, []);

  return { items, hasMore: nextCursor !== null, loading, loadingMore, error, loadMore, reload, upsert, remove };
}
