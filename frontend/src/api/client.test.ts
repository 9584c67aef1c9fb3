import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, json, problem } from '../test/fakeBackend';
import { catalogApi, onSessionExpired, unwrap } from './client';
import { ApiError } from './errors';
import { tokenStore } from './tokens';

const PAGE = { items: [], next_cursor: null };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('catalog API client', () => {
  it('sends the access token as a bearer token', async () => {
    tokenStore.set({ access_token: 'A1', refresh_token: 'R1' });
    const backend = fakeBackend({ 'GET /tenants': () => json(200, PAGE) });
    await unwrap(catalogApi.GET('/tenants', { params: { query: { limit: 50 } } }));
    expect(backend.calls[0]?.headers.get('Authorization')).toBe('Bearer A1');
    expect(backend.calls[0]?.path).toBe('/tenants?limit=50');
  });

  it('refreshes once on 401 and retries the request with the new token', async () => {
    tokenStore.set({ access_token: 'old', refresh_token: 'R1' });
    const backend = fakeBackend({
      'GET /tenants': (call) =>
        call.headers.get('Authorization') === 'Bearer new'
          ? json(200, PAGE)
          : problem(401, '未登录或登录已过期', 'unauthorized', '令牌已过期，请重新登录'),
      'POST /auth/refresh': () =>
        json(200, { access_token: 'new', token_type: 'bearer', expires_in: 900, refresh_token: 'R2' }),
    });
    await expect(unwrap(catalogApi.GET('/tenants'))).resolves.toEqual(PAGE);
    expect(backend.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /tenants',
      'POST /auth/refresh',
      'GET /tenants',
    ]);
    expect(backend.calls[1]?.body).toEqual({ refresh_token: 'R1' });
    expect(tokenStore.accessToken()).toBe('new');
    expect(tokenStore.refreshToken()).toBe('R2');
  });

  it('logs out when the refresh fails', async () => {
    tokenStore.set({ access_token: 'old', refresh_token: 'R1' });
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    fakeBackend({
      'GET /auth/me': () => problem(401, '未登录或登录已过期', 'unauthorized'),
      'POST /auth/refresh': () => problem(401, '未登录或登录已过期', 'unauthorized', '刷新令牌无效'),
    });
    const failure = unwrap(catalogApi.GET('/auth/me'));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, message: '未登录或登录已过期', sessionEnded: true });
    expect(tokenStore.isLoggedIn()).toBe(false);
    expect(expired).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not try to refresh when the login itself is refused', async () => {
    const backend = fakeBackend({
      'POST /auth/login': () => problem(401, '未登录或登录已过期', 'invalid_credentials', '用户名或密码错误'),
    });
    await expect(
      unwrap(catalogApi.POST('/auth/login', { body: { username: 'a', password: 'b' } })),
    ).rejects.toMatchObject({ status: 401, message: '用户名或密码错误', code: 'invalid_credentials' });
    expect(backend.calls).toHaveLength(1);
  });

  it('throws problem+json failures as ApiError with the Chinese message', async () => {
    tokenStore.set({ access_token: 'A', refresh_token: 'R' });
    fakeBackend({
      'POST /tenants/520102000000/org-units': () => problem(409, '数据冲突', 'conflict', '同名的组织机构已存在'),
    });
    await expect(
      unwrap(
        catalogApi.POST('/tenants/{tenant_id}/org-units', {
          params: { path: { tenant_id: '520102000000' } },
          body: { name: '测试局', kind: 'department', sort_order: 0 },
        }),
      ),
    ).rejects.toMatchObject({ name: 'ApiError', status: 409, message: '同名的组织机构已存在' });
  });

  it('turns a network failure into an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(unwrap(catalogApi.GET('/auth/me'))).rejects.toMatchObject({
      status: 0,
      message: '网络异常，无法连接服务器',
    });
  });
});
