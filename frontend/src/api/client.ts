// The one way the console talks to the backend: typed openapi-fetch clients over a fetch that
// attaches the bearer token, refreshes it once on 401 and turns problem+json into ApiError.
import createClient from 'openapi-fetch';
import type { paths as CatalogDocumentPaths } from './generated/catalog';
import { ApiError, networkError, responseToApiError } from './errors';
import { tokenStore, type TokenPair } from './tokens';

export { ApiError } from './errors';

export const CATALOG_BASE = '/api/catalog/v1';

/**
 * The document's paths relative to the service prefix. Whether the backend's OpenAPI lists
 * "/api/catalog/v1/auth/login" or "/auth/login" (with the prefix in `servers`), calls are
 * written as "/auth/login" against `baseUrl` CATALOG_BASE.
 */
type StripPrefix<P, Prefix extends string> = {
  [K in keyof P as K extends `${Prefix}${infer Rest}` ? Rest : K]: P[K];
};

export type CatalogPaths = StripPrefix<CatalogDocumentPaths, typeof CATALOG_BASE>;

const AUTH_PATHS_WITHOUT_REFRESH = ['/auth/login', '/auth/refresh', '/auth/logout'];

function absolute(base: string): string {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? `${origin}${base}` : base;
}

function isAuthCall(url: string): boolean {
  const { pathname } = new URL(url, 'http://localhost');
  return AUTH_PATHS_WITHOUT_REFRESH.some((path) => pathname.endsWith(path));
}

type SessionListener = (reason: 'expired') => void;
const sessionListeners = new Set<SessionListener>();

/** Tells the UI that the session ended because the tokens could not be refreshed. */
export function onSessionExpired(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => {
    sessionListeners.delete(listener);
  };
}

let refreshing: Promise<boolean> | null = null;

/** One POST /auth/refresh shared by every request that hit 401 at the same time. */
export function refreshTokens(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = tokenStore.refreshToken();
      if (!refreshToken) return false;
      try {
        const response = await globalThis.fetch(absolute(`${CATALOG_BASE}/auth/refresh`), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ refresh_token: refreshToken }),
        });
        if (!response.ok) return false;
        const pair = (await response.json()) as TokenPair;
        tokenStore.set(pair);
        return true;
      } catch {
        return false;
      }
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

function withToken(request: Request): Request {
  const token = tokenStore.accessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  else request.headers.delete('Authorization');
  return request;
}

async function send(request: Request): Promise<Response> {
  try {
    return await globalThis.fetch(withToken(request));
  } catch (error) {
    throw networkError(error);
  }
}

/**
 * The fetch given to openapi-fetch. Resolves only with successful responses; every failure
 * rejects with an ApiError, so callers never look at `error`.
 */
export async function authFetch(request: Request): Promise<Response> {
  const authCall = isAuthCall(request.url);
  const retry = authCall ? null : request.clone();
  let response = await send(request);
  if (response.status === 401 && retry) {
    if (await refreshTokens()) {
      response = await send(retry);
    }
    if (response.status === 401) {
      const error = await responseToApiError(response);
      error.sessionEnded = true;
      tokenStore.clear();
      for (const listener of [...sessionListeners]) listener('expired');
      throw error;
    }
  }
  if (!response.ok) throw await responseToApiError(response);
  return response;
}

export const catalogApi = createClient<CatalogPaths>({
  baseUrl: absolute(CATALOG_BASE),
  fetch: authFetch,
  headers: { Accept: 'application/json' },
});

/**
 * The data of a successful call. authFetch already threw an ApiError for failures, so
 * `error` is only a safety net here.
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<NonNullable<R['data']>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) {
    throw result.error instanceof ApiError
      ? result.error
      : await responseToApiError(result.response);
  }
  return result.data as NonNullable<R['data']>;
}
