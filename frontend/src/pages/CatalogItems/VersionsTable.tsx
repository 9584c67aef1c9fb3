import { Button, Table, Typography, type TableColumnsType } from 'antd';
import type { CatalogVersion } from '../../api/types';
import VersionStatusTag from '../../catalog/VersionStatusTag';
import { t } from '../../i18n';
import { formatDateTime } from '../../utils/datetime';

function who(at: string | null | undefined, by: string | null | undefined) {
  if (!at) return '-';
  return (
    <span>
      {formatDateTime(at)}
      {by && <Typography.Text type="secondary">（{by}）</Typography.Text>}
    </span>
  );
}

/** A tenant's catalog versions; the selected one is shown below. */
export default function VersionsTable({
  versions,
  loading,
  selectedId,
  onSelect,
}: {
  versions: CatalogVersion[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const columns: TableColumnsType<CatalogVersion> = [
    {
      title: t('catalog.versions'),
      key: 'number',
      width: 90,
      render: (_, version) => t('catalog.version.number', { number: version.number }),
    },
    {
      title: t('catalog.version.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: CatalogVersion['status']) => <VersionStatusTag status={status} />,
    },
    { title: t('catalog.version.itemCount'), dataIndex: 'item_count', key: 'item_count', width: 80 },
    {
      title: `${t('catalog.version.createdAt')}（${t('catalog.version.createdBy')}）`,
      key: 'created',
      render: (_, version) => who(version.created_at, version.created_by),
    },
    {
      title: `${t('catalog.version.publishedAt')}（${t('catalog.version.publishedBy')}）`,
      key: 'published',
      render: (_, version) => who(version.published_at, version.published_by),
    },
    {
      title: t('catalog.version.note'),
      dataIndex: 'note',
      key: 'note',
      ellipsis: true,
      render: (note: string) => note || '-',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, version) =>
        version.id === selectedId ? null : (
          <Button type="link" size="small" onClick={() => onSelect(version.id)}>
            {t('catalog.view')}
          </Button>
        ),
    },
  ];
  return (
    <Table<CatalogVersion>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={versions}
      loading={loading}
      pagination={versions.length > 5 ? { pageSize: 5, showSizeChanger: false } : false}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selectedId ? [selectedId] : [],
        onChange: (keys) => {
          const id = keys[0];
          if (typeof id === 'string') onSelect(id);
        },
        columnWidth: 32,
      }}
      data-testid="catalog-versions"
    />
  );
}
