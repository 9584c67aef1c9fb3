import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../api/tokens';
import { CurrentUserProvider } from '../../auth/CurrentUserProvider';
import { fakeBackend, json, problem } from '../../test/fakeBackend';
import LoginPage from '.';

const ME = {
  id: 'u-1',
  username: 'nanming_admin',
  display_name: '南明管理员',
  roles: ['tenant_admin'],
  tenant: { id: '520102000000', name: '南明区', division_code: '520102000000', level: 'county' },
  org_unit_id: null,
  division_code: '520102000000',
};

function renderLogin() {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/welcome', element: <div>工作台页面</div> },
    ],
    { initialEntries: ['/login'] },
  );
  render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <CurrentUserProvider>
          <RouterProvider router={router} />
        </CurrentUserProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return router;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('login page', () => {
  it('is in Chinese', () => {
    fakeBackend({});
    renderLogin();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('submits the credentials, keeps the tokens and opens the welcome page', async () => {
    const backend = fakeBackend({
      'POST /auth/login': () =>
        json(200, { access_token: 'A1', token_type: 'bearer', expires_in: 900, refresh_token: 'R1' }),
      'GET /auth/me': () => json(200, ME),
    });
    const router = renderLogin();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('用户名'), ' nanming_admin ');
    await user.type(screen.getByLabelText('密码'), 'Gongkai@2026');
    await user.click(screen.getByRole('button', { name: '登录' }));

    await screen.findByText('工作台页面');
    const login = backend.calls.find((call) => call.path === '/auth/login');
    expect(login?.method).toBe('POST');
    expect(login?.body).toEqual({ username: 'nanming_admin', password: 'Gongkai@2026' });
    expect(sessionStorage.getItem('gongkai.access_token')).toBe('A1');
    expect(sessionStorage.getItem('gongkai.refresh_token')).toBe('R1');
    expect(router.state.location.pathname).toBe('/welcome');
  });

  it('does not submit without a username and password', async () => {
    const backend = fakeBackend({});
    renderLogin();
    await userEvent.setup().click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(backend.calls).toHaveLength(0);
  });

  it('shows the Chinese reason when the login is refused', async () => {
    fakeBackend({
      'POST /auth/login': () => problem(401, '未登录或登录已过期', 'invalid_credentials', '用户名或密码错误'),
    });
    renderLogin();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('用户名'), 'nanming_admin');
    await user.type(screen.getByLabelText('密码'), 'wrong');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
    await waitFor(() => expect(tokenStore.isLoggedIn()).toBe(false));
  });
});
