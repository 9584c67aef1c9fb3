import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { catalogApi, unwrap } from '../api/client';
import { tokenStore } from '../api/tokens';
import type { CurrentUser } from '../api/types';

export interface CurrentUserState {
  /** Whether tokens are held (the user may not be loaded yet). */
  loggedIn: boolean;
  user: CurrentUser | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

const CurrentUserContext = createContext<CurrentUserState | null>(null);

function subscribe(listener: () => void) {
  return tokenStore.subscribe(listener);
}

function loggedInSnapshot() {
  return tokenStore.isLoggedIn();
}

/** Loads GET /auth/me whenever a session starts; forgets the user when it ends. */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const loggedIn = useSyncExternalStore(subscribe, loggedInSnapshot, loggedInSnapshot);
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(loggedIn);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!loggedIn) {
      setUser(null);
      setLoading(false);
      setError(null);
      return;
    }
    let cancelled = false;
    setLoading(true);
    setError(null);
    unwrap(catalogApi.GET('/auth/me'))
      .then((me) => {
        if (!cancelled) setUser(me);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [loggedIn, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo(
    () => ({ loggedIn, user: loggedIn ? user : null, loading: loggedIn && (loading || (!user && !error)), error, reload }),
    [loggedIn, user, loading, error, reload],
  );
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user from GET /auth/me. */
export function useCurrentUser(): CurrentUserState {
  const state = useContext(CurrentUserContext);
  if (!state) throw new Error('useCurrentUser must be used inside <CurrentUserProvider>');
  return state;
}
