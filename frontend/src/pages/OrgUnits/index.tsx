import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { canManageRegistry } from '../../access';
import { catalogApi, unwrap } from '../../api/client';
import { PAGE_SIZE, type OrgUnit } from '../../api/types';
import { useActiveTenant } from '../../auth/ActiveTenantProvider';
import { useCurrentUser } from '../../auth/CurrentUserProvider';
import LoadMoreFooter from '../../components/LoadMoreFooter';
import PickTenantFirst from '../../components/PickTenantFirst';
import StatusTag from '../../components/StatusTag';
import { useApiError } from '../../hooks/useApiError';
import { useCursorList } from '../../hooks/useCursorList';
import { t } from '../../i18n';
import { kindLabel } from './kinds';
import OrgUnitFormModal from './OrgUnitFormModal';

/** 组织机构: the active tenant's departments, offices and townships. */
export default function OrgUnitsPage() {
  const { user } = useCurrentUser();
  const { tenant } = useActiveTenant();
  const { message } = App.useApp();
  const showError = useApiError();
  const writable = canManageRegistry(user?.roles ?? []);
  const tenantId = tenant?.id ?? null;
  const [editing, setEditing] = useState<{ orgUnit: OrgUnit | null } | null>(null);

  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/tenants/{tenant_id}/org-units', {
          params: { path: { tenant_id: tenantId ?? '' }, query: { limit: PAGE_SIZE, cursor } },
        }),
      ),
    [tenantId],
  );
  const list = useCursorList<OrgUnit>(tenantId, fetchPage, showError);

  const columns: TableColumnsType<OrgUnit> = [
    { title: t('orgUnit.name'), dataIndex: 'name', key: 'name' },
    { title: t('orgUnit.kind'), dataIndex: 'kind', key: 'kind', render: (kind: string) => kindLabel(kind) },
    {
      title: t('orgUnit.creditCode'),
      dataIndex: 'credit_code',
      key: 'credit_code',
      render: (code: string | null) => code ?? '-',
    },
    { title: t('orgUnit.sortOrder'), dataIndex: 'sort_order', key: 'sort_order', width: 90 },
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
      render: (_, orgUnit) => (
        <Button type="link" size="small" onClick={() => setEditing({ orgUnit })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <Card
      title={
        <Space>
          {t('orgUnit.title')}
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
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ orgUnit: null })}>
                {t('orgUnit.create')}
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
          <Table<OrgUnit>
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
            <OrgUnitFormModal
              open={editing !== null}
              tenantId={tenantId}
              orgUnit={editing?.orgUnit}
              onClose={() => setEditing(null)}
              onSaved={(saved) => {
                void message.success(editing?.orgUnit ? t('common.saved') : t('common.created'));
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
