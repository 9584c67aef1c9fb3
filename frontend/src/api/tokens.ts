// The signed-in session's tokens, kept in sessionStorage so they end with the browser tab.

const ACCESS_KEY = 'gongkai.access_token';
const REFRESH_KEY = 'gongkai.refresh_token';
const LOGIN_AT_KEY = 'gongkai.login_at';

export interface TokenPair {
  access_token: string;
  refresh_token: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

export const tokenStore = {
  accessToken(): string | null {
    return storage()?.getItem(ACCESS_KEY) ?? null;
  },
  refreshToken(): string | null {
    return storage()?.getItem(REFRESH_KEY) ?? null;
  },
  /** When the current session logged in (ISO 8601), for the welcome page. */
  loginAt(): string | null {
    return storage()?.getItem(LOGIN_AT_KEY) ?? null;
  },
  /** Stores a fresh pair; `login` marks the start of a new session. */
  set(pair: TokenPair, options: { login?: boolean } = {}): void {
    const s = storage();
    if (!s) return;
    s.setItem(ACCESS_KEY, pair.access_token);
    s.setItem(REFRESH_KEY, pair.refresh_token);
    if (options.login) s.setItem(LOGIN_AT_KEY, new Date().toISOString());
    notify();
  },
  clear(): void {
    const s = storage();
    if (!s) return;
    const had = s.getItem(ACCESS_KEY) !== null || s.getItem(REFRESH_KEY) !== null;
    s.removeItem(ACCESS_KEY);
    s.removeItem(REFRESH_KEY);
    s.removeItem(LOGIN_AT_KEY);
    if (had) notify();
  },
  isLoggedIn(): boolean {
    return this.accessToken() !== null;
  },
  /** Called whenever tokens are stored or cleared (for useSyncExternalStore). */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
