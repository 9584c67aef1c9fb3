import { Table, Typography, type TableColumnsType } from 'antd';
import { formatFieldValue } from '../../catalog/elements';
import { t } from '../../i18n';

export interface FieldChangeRow {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** Before/after of each changed element. `format` may replace the text of a value (e.g. unit ids → names). */
export default function FieldChanges({
  changes,
  format = formatFieldValue,
}: {
  changes: FieldChangeRow[];
  format?: (field: string, value: unknown) => string;
}) {
  if (changes.length === 0) return <Typography.Text type="secondary">{t('changes.noFieldChanges')}</Typography.Text>;
  const columns: TableColumnsType<FieldChangeRow> = [
    { title: t('diff.field'), dataIndex: 'label', key: 'label', width: 130 },
    {
      title: t('diff.before'),
      key: 'before',
      render: (_, change) => (
        <Typography.Text type="danger" delete={change.before !== null && change.before !== ''}>
          {format(change.field, change.before)}
        </Typography.Text>
      ),
    },
    {
      title: t('diff.after'),
      key: 'after',
      render: (_, change) => <Typography.Text type="success">{format(change.field, change.after)}</Typography.Text>,
    },
  ];
  return <Table<FieldChangeRow> rowKey="field" size="small" columns={columns} dataSource={changes} pagination={false} />;
}
