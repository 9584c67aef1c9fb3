import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Space, Statistic, Steps, Table, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { CatalogVersion, ImportSummary } from '../../api/types';
import { importProblems, type ImportProblem } from '../../catalog/problems';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';

const ACCEPT = '.xlsx,.csv,.json';

type Outcome = { kind: 'done'; summary: ImportSummary; filename: string } | { kind: 'refused'; problems: ImportProblem[]; filename: string };

/** POST …/import with the file as multipart form data. */
export function importCatalogFile(tenantId: string, versionId: string, file: File): Promise<ImportSummary> {
  const data = new FormData();
  data.append('file', file, file.name);
  return unwrap(
    catalogApi.POST('/tenants/{tenant_id}/catalog/versions/{version_id}/import', {
      params: { path: { tenant_id: tenantId, version_id: versionId } },
      body: { file: file.name },
      bodySerializer: () => data,
    }),
  );
}

export function isNoChange(summary: ImportSummary): boolean {
  return summary.added === 0 && summary.updated === 0 && summary.removed === 0;
}

const PROBLEM_COLUMNS: TableColumnsType<ImportProblem> = [
  { title: t('exchange.import.sheet'), dataIndex: 'sheet', key: 'sheet', width: 160, render: (v: string) => v || '-' },
  { title: t('exchange.import.row'), dataIndex: 'row', key: 'row', width: 70, render: (v: number | null) => v ?? '-' },
  { title: t('exchange.import.column'), dataIndex: 'column', key: 'column', width: 130, render: (v: string) => v || '-' },
  { title: t('exchange.import.problem'), dataIndex: 'message', key: 'message' },
];

/** Upload a standard table into a draft → the counts of what changed, or every refused cell. */
export default function ImportWizard({
  tenantId,
  version,
  onImported,
}: {
  tenantId: string;
  version: CatalogVersion;
  onImported: (summary: ImportSummary) => void;
}) {
  const showError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const start = async () => {
    if (!file) return;
    setImporting(true);
    try {
      const summary = await importCatalogFile(tenantId, version.id, file);
      setOutcome({ kind: 'done', summary, filename: file.name });
      onImported(summary);
    } catch (error) {
      const problems = importProblems(error);
      if (problems) setOutcome({ kind: 'refused', problems, filename: file.name });
      else showError(error);
    } finally {
      setImporting(false);
    }
  };

  const reset = () => {
    setOutcome(null);
    setFile(null);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Steps
        size="small"
        current={outcome ? 1 : 0}
        status={outcome?.kind === 'refused' ? 'error' : undefined}
        items={[{ title: t('exchange.import.step.file') }, { title: t('exchange.import.step.result') }]}
      />
      {outcome === null && (
        <>
          <Alert type="warning" showIcon title={t('exchange.import.warning')} />
          <Upload.Dragger
            accept={ACCEPT}
            maxCount={1}
            fileList={file ? [{ uid: 'import', name: file.name, size: file.size, status: 'done' }] : []}
            beforeUpload={(picked) => {
              setFile(picked);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('exchange.import.pick')}</p>
            <p className="ant-upload-hint">{t('exchange.import.pickHint')}</p>
          </Upload.Dragger>
          <Button type="primary" disabled={!file} loading={importing} onClick={() => void start()}>
            {t('exchange.import.start')}
          </Button>
        </>
      )}
      {outcome?.kind === 'done' && (
        <Result
          status="success"
          title={t('exchange.import.success')}
          subTitle={isNoChange(outcome.summary) ? t('exchange.import.noChange') : outcome.filename}
          extra={<Button onClick={reset}>{t('exchange.import.again')}</Button>}
        >
          <Row gutter={16} data-testid="import-summary">
            <Col span={6}>
              <Statistic title={t('exchange.import.added')} value={outcome.summary.added} />
            </Col>
            <Col span={6}>
              <Statistic title={t('exchange.import.updated')} value={outcome.summary.updated} />
            </Col>
            <Col span={6}>
              <Statistic title={t('exchange.import.removed')} value={outcome.summary.removed} />
            </Col>
            <Col span={6}>
              <Statistic title={t('exchange.import.unchanged')} value={outcome.summary.unchanged} />
            </Col>
          </Row>
        </Result>
      )}
      {outcome?.kind === 'refused' && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('exchange.import.refused', { count: outcome.problems.length })}
            description={outcome.filename}
            action={<Button onClick={reset}>{t('exchange.import.again')}</Button>}
          />
          <Table<ImportProblem>
            rowKey="key"
            size="small"
            columns={PROBLEM_COLUMNS}
            dataSource={outcome.problems}
            pagination={outcome.problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            data-testid="import-problems"
          />
        </>
      )}
    </Space>
  );
}
