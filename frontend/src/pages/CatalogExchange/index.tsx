import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ExportFormat, ExportLayout } from '../../api/types';
import { downloadExport } from '../../catalog/download';
import { useCatalogPage } from '../../catalog/useCatalogPage';
import VersionSelect from '../../catalog/VersionSelect';
import VersionStatusTag from '../../catalog/VersionStatusTag';
import PickTenantFirst from '../../components/PickTenantFirst';
import { useOrgUnitLookup } from '../../hooks/useOrgUnitLookup';
import { t, type I18nKey } from '../../i18n';
import ImportWizard from './ImportWizard';

const EXPORTS: { key: string; label: I18nKey; format: ExportFormat; layout: ExportLayout }[] = [
  { key: 'xlsx-per-domain', label: 'exchange.export.xlsxPerDomain', format: 'xlsx', layout: 'per_domain' },
  { key: 'xlsx-single', label: 'exchange.export.xlsxSingle', format: 'xlsx', layout: 'single' },
  { key: 'csv', label: 'exchange.export.csv', format: 'csv', layout: 'single' },
  { key: 'json', label: 'exchange.export.json', format: 'json', layout: 'single' },
];

/** 导入导出: the standard table of a version as Excel, CSV or JSON, and importing one into a draft. */
export default function CatalogExchangePage() {
  const { tenant, tenantId, canEdit, versions, version, select, showError } = useCatalogPage();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<string | null>(null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const orgUnits = useOrgUnitLookup(tenantId, showError);

  if (tenantId === null) {
    return (
      <Card title={t('exchange.title')}>
        <PickTenantFirst />
      </Card>
    );
  }

  const exportAs = async (key: string, format: ExportFormat, layout: ExportLayout) => {
    if (!version) return;
    setExporting(key);
    try {
      const name = await downloadExport(tenantId, version.id, format, layout, orgUnitId);
      void message.success(t('exchange.export.done', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {t('exchange.title')}
            {tenant && <Tag>{tenant.name}</Tag>}
            {version && <VersionStatusTag status={version.status} />}
          </Space>
        }
        extra={
          <VersionSelect
            versions={versions.versions}
            loading={versions.loading}
            value={version?.id}
            onChange={(id) => select(id)}
          />
        }
      >
        {versions.loaded && versions.versions.length === 0 ? (
          <Empty description={t('catalog.version.none')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('exchange.export')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('exchange.export.hint')}</Typography.Text>
            <Space wrap>
              <Select
                aria-label={t('exchange.export.orgUnit')}
                style={{ width: 260 }}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('exchange.export.orgUnit')}
                value={orgUnitId ?? undefined}
                onChange={(id?: string) => setOrgUnitId(id ?? null)}
                options={orgUnits.orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
              />
              {EXPORTS.map((item) => (
                <Button
                  key={item.key}
                  icon={<DownloadOutlined />}
                  disabled={!version || (exporting !== null && exporting !== item.key)}
                  loading={exporting === item.key}
                  onClick={() => void exportAs(item.key, item.format, item.layout)}
                >
                  {t(item.label)}
                </Button>
              ))}
            </Space>
          </Space>
        )}
      </Card>
      {version && (
        <Card title={t('exchange.import')}>
          {!canEdit ? (
            <Alert type="info" showIcon title={t('exchange.import.readOnly')} />
          ) : version.status !== 'draft' ? (
            <Alert type="info" showIcon title={t('exchange.import.onlyDraft')} />
          ) : (
            <ImportWizard
              key={version.id}
              tenantId={tenantId}
              version={version}
              onImported={() => void versions.reload()}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
