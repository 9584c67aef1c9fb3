import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { canManageRegistry, roleLabel } from '../../access';
import { catalogApi, unwrap } from '../../api/client';
import { PAGE_SIZE, type User } from '../../api/types';
import { useActiveTenant } from '../../auth/ActiveTenantProvider';
import { useCurrentUser } from '../../auth/CurrentUserProvider';
import LoadMoreFooter from '../../components/LoadMoreFooter';
import PickTenantFirst from '../../components/PickTenantFirst';
import StatusTag from '../../components/StatusTag';
import { useApiError } from '../../hooks/useApiError';
import { useCursorList } from '../../hooks/useCursorList';
import { t } from '../../i18n';
import UserFormModal from './UserFormModal';
import { useOrgUnitLookup } from '../../hooks/useOrgUnitLookup';

/** 用户管理: the active tenant's user accounts. */
export default function UsersPage() {
  const { user: me } = useCurrentUser();
  const { tenant } = useActiveTenant();
  const { message } = App.useApp();
  const showError = useApiError();
  const writable = canManageRegistry(me?.roles ?? []);
  const tenantId = tenant?.id ?? null;
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);

  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/tenants/{tenant_id}/users', {
          params: { path: { tenant_id: tenantId ?? '' }, query: { limit: PAGE_SIZE, cursor } },
        }),
      ),
    [tenantId],
  );
  const list = useCursorList<User>(tenantId, fetchPage, showError);
  const orgUnits = useOrgUnitLookup(tenantId, showError);

  const columns: TableColumnsType<User> = [
    { title: t('user.username'), dataIndex: 'username', key: 'username' },
    { title: t('user.displayName'), dataIndex: 'display_name', key: 'display_name' },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: string[]) =>
        roles.map((role) => (
          <Tag key={role} color="blue">
            {roleLabel(role)}
          </Tag>
        )),
    },
    {
      title: t('user.orgUnit'),
      dataIndex: 'org_unit_id',
      key: 'org_unit_id',
      render: (id: string | null) => (id ? (orgUnits.names.get(id) ?? '-') : '-'),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean) => <StatusTag active={active} />,
    },
  ];
  if (writable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, user) => (
        <Button type="link" size="small" onClick={() => setEditing({ user })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <Card
      title={
        <Space>
          {t('user.title')}
          {tenant && <Tag>{tenant.name}</Tag>}
          {!writable && <Tag color="orange">{t('common.readOnly')}</Tag>}
        </Space>
      }
      extra={
        tenantId && (
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void list.reload()}>
              {t('common.refresh')}
            </Button>
            {writable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
                {t('user.create')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {tenantId === null ? (
        <PickTenantFirst />
      ) : (
        <>
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            footer={() => (
              <LoadMoreFooter
                count={list.items.length}
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onLoadMore={() => void list.loadMore()}
              />
            )}
          />
          {writable && (
            <UserFormModal
              open={editing !== null}
              tenantId={tenantId}
              user={editing?.user}
              orgUnits={orgUnits.orgUnits}
              onClose={() => setEditing(null)}
              onSaved={(saved) => {
                void message.success(editing?.user ? t('common.saved') : t('common.created'));
                list.upsert(saved);
                setEditing(null);
              }}
            />
          )}
        </>
      )}
    </Card>
  );
}
