import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { onSessionExpired } from '../../api/client';
import { ActiveTenantProvider, useActiveTenant } from '../../auth/ActiveTenantProvider';
import { useCurrentUser } from '../../auth/CurrentUserProvider';
import { logout } from '../../auth/session';
import { t } from '../../i18n';
import { findRoute, menuItemsFor } from '../../routes';
import TenantPicker, { tenantLabel } from './TenantPicker';

const { Header, Sider, Content } = Layout;

function TenantBadge() {
  const { tenant, canPick } = useActiveTenant();
  const { user } = useCurrentUser();
  if (canPick) {
    const scope = user?.roles.includes('platform_admin')
      ? t('header.platform')
      : t('header.supervisionScope', { code: user?.division_code ?? '-' });
    return (
      <Space>
        <Tag color="red">{scope}</Tag>
        <TenantPicker />
      </Space>
    );
  }
  return tenant ? (
    <Typography.Text strong data-testid="current-tenant">
      {tenantLabel(tenant)}
    </Typography.Text>
  ) : null;
}

function UserMenu() {
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') }],
        onClick: async ({ key }) => {
          if (key === 'logout') {
            await logout();
            navigate('/login', { replace: true });
          }
        },
      }}
    >
      <a onClick={(e) => e.preventDefault()} data-testid="user-menu" style={{ cursor: 'pointer' }}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <span>{user.display_name}</span>
          <DownOutlined />
        </Space>
      </a>
    </Dropdown>
  );
}

/** The console's frame: side menu from the route table, tenant and user in the header. */
export default function BasicLayout() {
  const { user } = useCurrentUser();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => onSessionExpired(() => void message.warning(t('header.sessionExpired'))), [message]);

  const current = findRoute(location.pathname);
  useEffect(() => {
    document.title = current ? `${t(current.i18nKey)} - ${t('app.title')}` : t('app.title');
  }, [current]);

  if (!user) return null;
  return (
    <ActiveTenantProvider key={user.id}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
          <div
            style={{
              height: 64,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              color: '#fff',
              fontWeight: 600,
              fontSize: collapsed ? 14 : 16,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
            }}
          >
            {collapsed ? '政务公开' : t('app.title')}
          </div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={current ? [current.path] : []}
            items={menuItemsFor(user.roles)}
            onClick={({ key }) => navigate(key)}
          />
        </Sider>
        <Layout>
          <Header
            style={{
              background: '#fff',
              padding: '0 24px',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <TenantBadge />
            <UserMenu />
          </Header>
          <Content style={{ margin: 24 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </ActiveTenantProvider>
  );
}
