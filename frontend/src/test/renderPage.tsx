// Renders a console page inside the providers it needs, signed in as `me`.
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { tokenStore } from '../api/tokens';
import type { CurrentUser } from '../api/types';
import { ActiveTenantProvider } from '../auth/ActiveTenantProvider';
import { CurrentUserProvider } from '../auth/CurrentUserProvider';

export const NANMING = {
  id: '520102000000',
  name: '贵阳市南明区',
  division_code: '520102000000',
  level: 'county' as const,
};

export function meWith(roles: CurrentUser['roles'], tenant: CurrentUser['tenant'] = NANMING): CurrentUser {
  return {
    id: '0b6a6c55-7a2e-4c8b-9d1e-3f1f0c2a9e01',
    username: 'tester',
    display_name: '测试用户',
    roles,
    tenant,
    org_unit_id: null,
    division_code: tenant?.division_code ?? '520000000000',
  };
}

export function renderPage(page: ReactElement) {
  tokenStore.set({ access_token: 'A', refresh_token: 'R' });
  return render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <CurrentUserProvider>
          <ActiveTenantProvider>
            <MemoryRouter>{page}</MemoryRouter>
          </ActiveTenantProvider>
        </CurrentUserProvider>
      </AntApp>
    </ConfigProvider>,
  );
}
