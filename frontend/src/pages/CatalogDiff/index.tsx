import { SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Segmented, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { CatalogVersion, ItemDiff, VersionDiff } from '../../api/types';
import { useCatalogPage } from '../../catalog/useCatalogPage';
import VersionSelect, { versionLabel } from '../../catalog/VersionSelect';
import PickTenantFirst from '../../components/PickTenantFirst';
import { useOrgUnitLookup } from '../../hooks/useOrgUnitLookup';
import { t } from '../../i18n';
import ChangeLog from './ChangeLog';
import FieldChanges from './FieldChanges';

type Status = ItemDiff['status'];

const STATUS_COLORS: Record<Status, string> = { added: 'green', removed: 'red', changed: 'gold' };
const STATUS_KEYS = { added: 'diff.added', removed: 'diff.removed', changed: 'diff.changed' } as const;

/** The two versions compared by default: the one before the newest, and the newest. */
export function defaultPair(versions: readonly CatalogVersion[]): { from: string | null; to: string | null } {
  const [newest, previous] = versions; // newest first
  return { from: previous?.id ?? null, to: newest?.id ?? null };
}

export function diffCounts(items: readonly ItemDiff[]): Record<Status, number> {
  const counts: Record<Status, number> = { added: 0, removed: 0, changed: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

type CatalogPage = ReturnType<typeof useCatalogPage>;

function DiffView({
  tenantId,
  versions,
  params,
  select,
  showError,
}: {
  tenantId: string;
  versions: CatalogVersion[];
  params: CatalogPage['params'];
  select: CatalogPage['select'];
  showError: CatalogPage['showError'];
}) {
  const fallback = defaultPair(versions);
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [loading, setLoading] = useState(false);
  const [shown, setShown] = useState<Status | 'all'>('all');
  const setPair = (next: { from?: string | null; to?: string | null }) =>
    select(params.get('version'), {
      from: next.from === undefined ? from : next.from,
      to: next.to === undefined ? to : next.to,
    });

  useEffect(() => {
    if (!from || !to || from === to) {
      setDiff(null);
      return;
    }
    let cancelled = false;
    setLoading(true);
    unwrap(
      catalogApi.GET('/tenants/{tenant_id}/catalog/diff', {
        params: { path: { tenant_id: tenantId }, query: { from_version: from, to_version: to } },
      }),
    )
      .then((result) => {
        if (!cancelled) setDiff(result);
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setDiff(null);
          showError(error);
        }
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
    // showError is deliberately not a dependency: a new callback is no reason to refetch.
  }, [tenantId, from, to]);

  const counts = diffCounts(diff?.items ?? []);
  const items = (diff?.items ?? []).filter((item) => shown === 'all' || item.status === shown);
  const columns: TableColumnsType<ItemDiff> = [
    {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      width: 80,
      render: (status: Status) => <Tag color={STATUS_COLORS[status]}>{t(STATUS_KEYS[status])}</Tag>,
    },
    { title: t('matrix.item'), dataIndex: 'label', key: 'label', width: 300 },
    {
      title: t('diff.field'),
      key: 'changes',
      render: (_, item) => (item.status === 'changed' ? <FieldChanges changes={item.changes} /> : '-'),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <VersionSelect
          ariaLabel={t('diff.from')}
          placeholder={t('diff.from')}
          versions={versions}
          value={from}
          onChange={(id) => setPair({ from: id })}
        />
        <Button
          icon={<SwapOutlined />}
          aria-label="交换"
          onClick={() => setPair({ from: to, to: from })}
          disabled={!from || !to}
        />
        <VersionSelect
          ariaLabel={t('diff.to')}
          placeholder={t('diff.to')}
          versions={versions}
          value={to}
          onChange={(id) => setPair({ to: id })}
        />
      </Space>
      {(!from || !to || from === to) && <Alert type="info" showIcon title={t('diff.needTwo')} />}
      {diff && (
        <>
          <Space wrap>
            <Typography.Text strong>
              {versionLabel(diff.from_version)} → {versionLabel(diff.to_version)}
            </Typography.Text>
            <Typography.Text data-testid="diff-summary">{t('diff.summary', counts)}</Typography.Text>
          </Space>
          {diff.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('diff.noDifference')} />
          ) : (
            <>
              <Segmented<Status | 'all'>
                value={shown}
                onChange={setShown}
                options={[
                  { value: 'all', label: `${t('common.all')} ${diff.items.length}` },
                  { value: 'added', label: `${t('diff.added')} ${counts.added}` },
                  { value: 'changed', label: `${t('diff.changed')} ${counts.changed}` },
                  { value: 'removed', label: `${t('diff.removed')} ${counts.removed}` },
                ]}
              />
              <Table<ItemDiff>
                rowKey="item_key"
                size="small"
                columns={columns}
                dataSource={items}
                loading={loading}
                pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              />
            </>
          )}
        </>
      )}
    </Space>
  );
}

/** 版本对比: what changed between two versions, and the change log of one version. */
export default function CatalogDiffPage() {
  const { tenant, tenantId, versions, version, select, params, showError } = useCatalogPage();
  const orgUnits = useOrgUnitLookup(tenantId, showError);
  const tab = params.get('tab') === 'changes' ? 'changes' : 'diff';

  if (tenantId === null) {
    return (
      <Card title={t('diff.title')}>
        <PickTenantFirst />
      </Card>
    );
  }

  return (
    <Card
      title={
        <Space>
          {t('diff.title')}
          {tenant && <Tag>{tenant.name}</Tag>}
        </Space>
      }
    >
      {versions.loaded && versions.versions.length === 0 ? (
        <Empty description={t('catalog.version.none')} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => select(version?.id ?? null, { tab: key })}
          items={[
            {
              key: 'diff',
              label: t('diff.tab.diff'),
              children: (
                <DiffView
                  tenantId={tenantId}
                  versions={versions.versions}
                  params={params}
                  select={select}
                  showError={showError}
                />
              ),
            },
            {
              key: 'changes',
              label: t('diff.tab.changes'),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <VersionSelect
                    versions={versions.versions}
                    loading={versions.loading}
                    value={version?.id}
                    onChange={(id) => select(id)}
                  />
                  <ChangeLog tenantId={tenantId} versionId={version?.id ?? null} unitNames={orgUnits.names} />
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
