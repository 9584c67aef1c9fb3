import { Alert, Button, Space, Table, type TableColumnsType } from 'antd';
import type { PublishProblem } from '../../catalog/problems';
import { t } from '../../i18n';

/** The items that kept a version from being published, each with a link to fix it. */
export default function PublishProblems({
  problems,
  retrying,
  onOpenItem,
  onRetry,
  onClose,
}: {
  problems: PublishProblem[];
  retrying: boolean;
  onOpenItem: (itemId: string) => void;
  onRetry: () => void;
  onClose: () => void;
}) {
  const columns: TableColumnsType<PublishProblem> = [
    { title: t('element.seq'), dataIndex: 'seq', key: 'seq', width: 64, render: (seq: number | null) => seq ?? '-' },
    { title: t('catalog.publish.problem.item'), dataIndex: 'label', key: 'label', width: 280 },
    {
      title: t('catalog.publish.problem.reasons'),
      key: 'reasons',
      render: (_, problem) => (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problem.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, problem) =>
        problem.itemId ? (
          <Button type="link" size="small" onClick={() => onOpenItem(problem.itemId as string)}>
            {t('catalog.publish.goFix')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('catalog.publish.problems', { count: problems.length })}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>{t('catalog.publish.problems.hint')}</span>
          <Table<PublishProblem>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={problems}
            pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            data-testid="publish-problems"
          />
          <Space>
            <Button type="primary" loading={retrying} onClick={onRetry}>
              {t('catalog.publish.retry')}
            </Button>
            <Button onClick={onClose}>{t('catalog.publish.close')}</Button>
          </Space>
        </Space>
      }
    />
  );
}
