import { catalogApi, unwrap } from '../api/client';
import { tokenStore } from '../api/tokens';

/** POST /auth/login; on success the new session's tokens are stored. */
export async function login(username: string, password: string): Promise<void> {
  const pair = await unwrap(catalogApi.POST('/auth/login', { body: { username, password } }));
  tokenStore.set(pair, { login: true });
}

/** POST /auth/logout (best effort: the local session ends whatever the server says). */
export async function logout(): Promise<void> {
  const refreshToken = tokenStore.refreshToken();
  try {
    if (refreshToken) {
      await catalogApi.POST('/auth/logout', { body: { refresh_token: refreshToken } });
    }
  } catch {
    // The server may already consider the session over; nothing to tell the user.
  } finally {
    tokenStore.clear();
  }
}
