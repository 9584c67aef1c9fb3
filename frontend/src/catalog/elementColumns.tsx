// Table columns for the nine elements, shared by standard items, baseline items and a tenant's
// catalog items. Long texts are cut to one line with the whole text in a tooltip.
import { Space, Tag, Tooltip } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { t } from '../i18n';
import { formatChannels } from './elements';

/** What every kind of item has: the nine elements as the API gives them. */
export interface ElementFields {
  level1: string;
  level2: string;
  content: string;
  basis_text: string;
  time_limit: string;
  subject: string;
  channels: string[];
  audience: string;
  audience_note: string;
  mode: string;
  levels: string[];
}

/** One line of text, the whole of it in a tooltip (for a column with `ellipsis: { showTitle: false }`). */
export function EllipsisText({ text }: { text: string }) {
  if (!text) return <>-</>;
  return (
    <Tooltip title={text} placement="topLeft">
      <span>{text}</span>
    </Tooltip>
  );
}

export function ellipsisColumn<T extends object>(
  title: string,
  key: string,
  width: number,
  text: (record: T) => string,
): ColumnType<T> {
  return {
    title,
    key,
    width,
    ellipsis: { showTitle: false },
    render: (_: unknown, record: T) => <EllipsisText text={text(record)} />,
  };
}

export function ModeTag({ mode }: { mode: string }) {
  return <Tag color={mode === '主动' ? 'green' : 'orange'}>{mode}</Tag>;
}

/**
 * 一级事项, 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式,
 * 公开层级. `timeLimit` replaces the plain 公开时限 column (the catalog shows its parsed rule).
 */
export function elementColumns<T extends ElementFields>(options: { timeLimit?: ColumnType<T> } = {}): ColumnType<T>[] {
  return [
    ellipsisColumn<T>(t('element.level1'), 'level1', 130, (r) => r.level1),
    ellipsisColumn<T>(t('element.level2'), 'level2', 140, (r) => r.level2),
    ellipsisColumn<T>(t('element.content'), 'content', 220, (r) => r.content),
    ellipsisColumn<T>(t('element.basis'), 'basis_text', 200, (r) => r.basis_text),
    options.timeLimit ?? ellipsisColumn<T>(t('element.timeLimit'), 'time_limit', 180, (r) => r.time_limit),
    ellipsisColumn<T>(t('element.subject'), 'subject', 160, (r) => r.subject),
    ellipsisColumn<T>(t('element.channels'), 'channels', 180, (r) => formatChannels(r.channels)),
    ellipsisColumn<T>(t('element.audience'), 'audience', 110, (r) =>
      r.audience_note ? `${r.audience}（${r.audience_note}）` : r.audience,
    ),
    {
      title: t('element.mode'),
      key: 'mode',
      width: 90,
      render: (_: unknown, r: T) => <ModeTag mode={r.mode} />,
    },
    {
      title: t('element.levels'),
      key: 'levels',
      width: 120,
      render: (_: unknown, r: T) =>
        r.levels.length === 0 ? (
          '-'
        ) : (
          <Space size={[0, 4]} wrap>
            {r.levels.map((level) => (
              <Tag key={level}>{level}</Tag>
            ))}
          </Space>
        ),
    },
  ];
}

/**
 * The horizontal scroll width of a table whose columns all have numeric widths (plus room for
 * a selection column): with `x: 'max-content'` long texts would widen their columns instead of
 * being cut.
 */
export function scrollWidth(columns: readonly { width?: string | number }[], extra = 0): number {
  return columns.reduce((sum, column) => sum + (typeof column.width === 'number' ? column.width : 120), extra);
}
