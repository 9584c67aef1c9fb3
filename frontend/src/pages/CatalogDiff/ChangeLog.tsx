import { Table, Tag, type TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import { PAGE_SIZE, type CatalogChange } from '../../api/types';
import { changeActionLabel, formatFieldValue, snapshotChanges } from '../../catalog/elements';
import LoadMoreFooter from '../../components/LoadMoreFooter';
import { useApiError } from '../../hooks/useApiError';
import { useCursorList } from '../../hooks/useCursorList';
import { t } from '../../i18n';
import { formatDateTime } from '../../utils/datetime';
import FieldChanges from './FieldChanges';

const ACTION_COLORS: Record<string, string> = {
  create_version: 'blue',
  publish: 'green',
  add_item: 'cyan',
  import_add: 'cyan',
  remove_item: 'red',
  import_remove: 'red',
  edit_item: 'gold',
  import_edit: 'gold',
  assign: 'purple',
  bulk_assign: 'purple',
};

/** 变更记录: who changed what in a version, when and why. */
export default function ChangeLog({
  tenantId,
  versionId,
  unitNames,
}: {
  tenantId: string;
  versionId: string | null;
  unitNames: Map<string, string>;
}) {
  const showError = useApiError();
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/tenants/{tenant_id}/catalog/versions/{version_id}/changes', {
          params: { path: { tenant_id: tenantId, version_id: versionId ?? '' }, query: { limit: PAGE_SIZE, cursor } },
        }),
      ),
    [tenantId, versionId],
  );
  const list = useCursorList<CatalogChange>(versionId ? `${tenantId}|${versionId}` : null, fetchPage, showError);

  const format = (field: string, value: unknown): string =>
    field === 'org_unit_ids' && Array.isArray(value)
      ? formatFieldValue(field, value.map((id) => unitNames.get(String(id)) ?? String(id)))
      : formatFieldValue(field, value);

  const columns: TableColumnsType<CatalogChange> = [
    { title: t('changes.at'), dataIndex: 'at', key: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    { title: t('changes.actor'), dataIndex: 'actor_name', key: 'actor', width: 140 },
    {
      title: t('changes.action'),
      dataIndex: 'action',
      key: 'action',
      width: 130,
      render: (action: string) => <Tag color={ACTION_COLORS[action]}>{changeActionLabel(action)}</Tag>,
    },
    { title: t('changes.summary'), dataIndex: 'summary', key: 'summary' },
    {
      title: t('changes.reason'),
      dataIndex: 'reason',
      key: 'reason',
      width: 220,
      render: (reason: string) => reason || '-',
    },
  ];

  return (
    <Table<CatalogChange>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list.items}
      loading={list.loading}
      pagination={false}
      expandable={{
        rowExpandable: (change) => change.before !== null || change.after !== null,
        expandedRowRender: (change) => (
          <FieldChanges
            changes={snapshotChanges(
              change.before as Record<string, unknown> | null,
              change.after as Record<string, unknown> | null,
            )}
            format={format}
          />
        ),
      }}
      footer={() => (
        <LoadMoreFooter
          count={list.items.length}
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
        />
      )}
      data-testid="change-log"
    />
  );
}
