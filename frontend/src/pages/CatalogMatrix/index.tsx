import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { AssignmentMatrix, MatrixRow, MatrixUnit } from '../../api/types';
import { EllipsisText, scrollWidth } from '../../catalog/elementColumns';
import { toggleAssignment, unassignedRows, unitCounts, withRowUnits } from '../../catalog/matrix';
import { useCatalogPage } from '../../catalog/useCatalogPage';
import VersionSelect from '../../catalog/VersionSelect';
import VersionStatusTag from '../../catalog/VersionStatusTag';
import PickTenantFirst from '../../components/PickTenantFirst';
import { t } from '../../i18n';

function UnitHeader({ unit, count }: { unit: MatrixUnit; count: number }) {
  return (
    <Tooltip title={`${unit.name}：${count} 项`}>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4 }}>
        {/* One character per line (a 1em-wide block): upright Chinese, and measured reliably
            (writing-mode: vertical-rl clips the last glyph in Chromium). */}
        <span
          style={{
            display: 'block',
            width: '1em',
            wordBreak: 'break-all',
            lineHeight: 1.15,
            maxHeight: '12.65em',
            overflow: 'hidden',
          }}
        >
          {unit.name}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {count}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}

/** 责任分解矩阵: which org unit is responsible for which item, ticked in a grid. */
export default function CatalogMatrixPage() {
  const { tenant, tenantId, canEdit, editable, versions, version, select, showError } = useCatalogPage();
  const [matrix, setMatrix] = useState<AssignmentMatrix | null>(null);
  const [loading, setLoading] = useState(false);
  const [savingRows, setSavingRows] = useState<ReadonlySet<string>>(new Set());
  const [domain, setDomain] = useState<string | null>(null);
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const versionId = version?.id ?? null;

  const load = useCallback(async () => {
    if (!tenantId || !versionId) {
      setMatrix(null);
      return;
    }
    setLoading(true);
    try {
      setMatrix(
        await unwrap(
          catalogApi.GET('/tenants/{tenant_id}/catalog/versions/{version_id}/matrix', {
            params: { path: { tenant_id: tenantId, version_id: versionId } },
          }),
        ),
      );
    } catch (error) {
      setMatrix(null);
      showError(error);
    } finally {
      setLoading(false);
    }
    // showError is deliberately not a dependency: a new callback is no reason to refetch.
  }, [tenantId, versionId]);

  useEffect(() => {
    void load();
  }, [load]);

  const toggle = async (row: MatrixRow, unitId: string, checked: boolean) => {
    if (!tenantId || !versionId) return;
    const before = row.org_unit_ids;
    const next = toggleAssignment(before, unitId, checked);
    setSavingRows((rows) => new Set(rows).add(row.item_id));
    setMatrix((m) => m && withRowUnits(m, row.item_id, next));
    try {
      const item = await unwrap(
        catalogApi.PUT('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}/assignments', {
          params: { path: { tenant_id: tenantId, version_id: versionId, item_id: row.item_id } },
          body: { org_unit_ids: next },
        }),
      );
      setMatrix((m) => m && withRowUnits(m, row.item_id, item.org_unit_ids));
    } catch (error) {
      setMatrix((m) => m && withRowUnits(m, row.item_id, before));
      showError(error);
    } finally {
      setSavingRows((rows) => {
        const rest = new Set(rows);
        rest.delete(row.item_id);
        return rest;
      });
    }
  };

  if (tenantId === null) {
    return (
      <Card title={t('matrix.title')}>
        <PickTenantFirst />
      </Card>
    );
  }

  const units = matrix?.units ?? [];
  const allRows = matrix?.rows ?? [];
  const domains = [...new Set(allRows.map((row) => row.domain))];
  const rows = allRows.filter(
    (row) => (domain === null || row.domain === domain) && (!onlyUnassigned || row.org_unit_ids.length === 0),
  );
  const counts = unitCounts(allRows);
  const unassigned = unassignedRows(allRows).length;

  const columns: TableColumnsType<MatrixRow> = [
    { title: t('element.seq'), dataIndex: 'seq', key: 'seq', width: 60, fixed: 'left' },
    { title: t('element.domain'), dataIndex: 'domain', key: 'domain', width: 110, fixed: 'left', ellipsis: true },
    {
      title: t('matrix.item'),
      dataIndex: 'label',
      key: 'label',
      width: 220,
      fixed: 'left',
      ellipsis: { showTitle: false },
      render: (label: string) => <EllipsisText text={label} />,
    },
    ...units.map((unit) => ({
      title: <UnitHeader unit={unit} count={counts.get(unit.id) ?? 0} />,
      key: unit.id,
      width: 48,
      align: 'center' as const,
      render: (_: unknown, row: MatrixRow) => (
        <Checkbox
          aria-label={`${row.domain} / ${row.label} · ${unit.name}`}
          checked={row.org_unit_ids.includes(unit.id)}
          disabled={!editable || savingRows.has(row.item_id)}
          onChange={(e) => void toggle(row, unit.id, e.target.checked)}
        />
      ),
    })),
  ];

  return (
    <Card
      title={
        <Space>
          {t('matrix.title')}
          {tenant && <Tag>{tenant.name}</Tag>}
          {version && <VersionStatusTag status={version.status} />}
          {!editable && <Tag color="orange">{t('common.readOnly')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <VersionSelect
            versions={versions.versions}
            loading={versions.loading}
            value={versionId}
            onChange={(id) => select(id)}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void load()}>
            {t('common.refresh')}
          </Button>
        </Space>
      }
    >
      {versions.loaded && versions.versions.length === 0 ? (
        <Empty description={t('catalog.version.none')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('matrix.hint')}</Typography.Text>
          {canEdit && version && version.status !== 'draft' && (
            <Alert
              type="info"
              showIcon
              title={t('catalog.version.readOnlyFrozen', {
                number: version.number,
                status: version.status === 'published' ? '已发布' : '已被替代',
              })}
            />
          )}
          {matrix && units.length === 0 && <Alert type="warning" showIcon title={t('matrix.noUnits')} />}
          <Space wrap>
            <Select
              aria-label={t('catalog.filter.domain')}
              allowClear
              style={{ width: 200 }}
              placeholder={t('catalog.filter.domain')}
              value={domain ?? undefined}
              onChange={(value?: string) => setDomain(value ?? null)}
              options={domains.map((name) => ({ value: name, label: name }))}
            />
            <Checkbox checked={onlyUnassigned} onChange={(e) => setOnlyUnassigned(e.target.checked)}>
              {t('matrix.unassigned')}
            </Checkbox>
            {matrix && (
              <Typography.Text type={unassigned > 0 ? 'warning' : 'secondary'}>
                {t('matrix.unassignedCount', { count: unassigned })}
              </Typography.Text>
            )}
          </Space>
          <Table<MatrixRow>
            rowKey="item_id"
            size="small"
            bordered
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: scrollWidth(columns) }}
            tableLayout="fixed"
            sticky
            data-testid="assignment-matrix"
          />
        </Space>
      )}
    </Card>
  );
}
