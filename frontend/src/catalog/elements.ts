// The vocabulary of a catalog item's nine elements (政务公开事项标准目录要素), as the backend
// defines it (catalog_api/catalogs/elements.py), and the conversions the forms need.
import type { Audience, CatalogVersionStatus, ItemSource, Level, Mode } from '../api/types';

/** The standard 公开渠道和载体 checklist (13 boxes), in the order of the national table. */
export const CHANNELS = [
  '政府网站',
  '政府公报',
  '两微一端',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区/企事业单位/村公示栏(电子屏)',
  '精准推送',
  '其他',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** The 13th box; ticked alone it is stored as "其他", with names as "其他:<名称>" each. */
export const OTHER_CHANNEL: Channel = '其他';
export const OTHER_CHANNEL_PREFIX = '其他:';

export const AUDIENCES: readonly Audience[] = ['全社会', '特定群体'];
export const MODES: readonly Mode[] = ['主动', '依申请'];
export const LEVELS: readonly Level[] = ['县级', '乡级', '村级'];

/** How a form shows the channels: the ticked boxes and the names of the other channels. */
export interface ChannelsFormValue {
  boxes: Channel[];
  /** Names of other channels, separated by 、 (only meaningful when 其他 is ticked). */
  others: string;
}

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** Splits the free text of other channels into names (、 ， , ； ; or new lines). */
export function splitOtherNames(text: string): string[] {
  const names = text
    .split(/[、，,；;\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** API channel values → the checkbox group and the "其他" text. */
export function channelsToForm(channels: readonly string[]): ChannelsFormValue {
  const boxes = new Set<Channel>();
  const others: string[] = [];
  for (const channel of channels) {
    if (channel.startsWith(OTHER_CHANNEL_PREFIX)) {
      const name = channel.slice(OTHER_CHANNEL_PREFIX.length).trim();
      boxes.add(OTHER_CHANNEL);
      if (name) others.push(name);
    } else if (isChannel(channel)) {
      boxes.add(channel);
    }
    // Anything else is not a channel the server accepts; it is dropped from the form.
  }
  return { boxes: CHANNELS.filter((channel) => boxes.has(channel)), others: others.join('、') };
}

/**
 * The checkbox group and the "其他" text → API channel values, in the order of the standard
 * table: the 12 named boxes, then "其他:<名称>" per named other channel, or "其他" when the
 * box is ticked without a name. Names typed while 其他 is not ticked are ignored.
 */
export function formToChannels(value: Partial<ChannelsFormValue> | undefined): string[] {
  const boxes = new Set(value?.boxes ?? []);
  const result: string[] = CHANNELS.filter((channel) => channel !== OTHER_CHANNEL && boxes.has(channel));
  if (boxes.has(OTHER_CHANNEL)) {
    const names = splitOtherNames(value?.others ?? '');
    if (names.length === 0) result.push(OTHER_CHANNEL);
    else result.push(...names.map((name) => `${OTHER_CHANNEL_PREFIX}${name}`));
  }
  return result;
}

/** Channels for display: "其他:公共资源交易平台" reads 其他（公共资源交易平台）. */
export function channelLabel(channel: string): string {
  return channel.startsWith(OTHER_CHANNEL_PREFIX)
    ? `其他（${channel.slice(OTHER_CHANNEL_PREFIX.length)}）`
    : channel;
}

export function formatChannels(channels: readonly string[]): string {
  return channels.map(channelLabel).join('、');
}

export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

// --- 公开时限 ---

/**
 * Whether the parsed 公开时限 rule (ItemOut.time_limit_rule) is one the system does not
 * understand: a MANUAL rule, or a compound rule with a MANUAL part (time_limits.py
 * needs_manual_review). Its description then only says 需人工确认, so the text itself is shown.
 */
export function ruleIsManual(rule: unknown): boolean {
  if (typeof rule !== 'object' || rule === null) return false;
  const { kind, parts } = rule as { kind?: unknown; parts?: unknown };
  return kind === 'manual' || (Array.isArray(parts) && parts.some(ruleIsManual));
}

/** The 公开时限 as a table shows it: the system's reading, or the text when it has none. */
export function timeLimitText(item: {
  time_limit: string;
  time_limit_description: string;
  time_limit_understood: boolean;
}): string {
  return item.time_limit_understood ? item.time_limit_description : item.time_limit;
}

// --- provenance and version status ---

export const SOURCE_LABELS: Record<ItemSource, string> = {
  baseline: '基准目录',
  standard: '标准指引',
  custom: '自定义',
};

export const SOURCE_COLORS: Record<ItemSource, string> = {
  baseline: 'blue',
  standard: 'cyan',
  custom: 'purple',
};

export const VERSION_STATUS_LABELS: Record<CatalogVersionStatus, string> = {
  draft: '草稿',
  published: '已发布',
  superseded: '已替代',
};

export const VERSION_STATUS_COLORS: Record<CatalogVersionStatus, string> = {
  draft: 'gold',
  published: 'green',
  superseded: 'default',
};

/** Where a custom item comes from (ItemCreate.custom_origin). */
export const CUSTOM_ORIGINS = ['权责清单', '公共服务事项清单', '其他'] as const;

// --- element fields, for diffs and the change log ---

/** The element fields of a snapshot and their Chinese labels (catalogs/diff.py FIELD_LABELS). */
export const FIELD_LABELS: Record<string, string> = {
  domain: '领域',
  level1: '一级事项',
  level2: '二级事项',
  content: '公开内容',
  basis_text: '公开依据',
  time_limit: '公开时限',
  subject: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  audience_note: '特定群体说明',
  mode: '公开方式',
  levels: '公开层级',
  org_unit_ids: '责任单位',
  item_ids: '涉及事项',
};

export const EMPTY_VALUE = '（空）';

/** A before/after value of a field as text (lists joined with 、, channels readable). */
export function formatFieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    if (field === 'item_ids') return `${value.length} 个事项`;
    const parts = value.map((part) => (typeof part === 'string' ? part : JSON.stringify(part)));
    return field === 'channels' ? formatChannels(parts) : parts.join('、');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface SnapshotChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The labelled fields that differ between two snapshots of the change log (either may be
 * absent: an added item has no `before`, a removed one no `after`). Known element fields come
 * first in the order of the standard table; the structured 公开依据 (`basis`) is left out since
 * its text (`basis_text`) is compared.
 */
export function snapshotChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): SnapshotChange[] {
  const old = before ?? {};
  const now = after ?? {};
  const known = Object.keys(FIELD_LABELS);
  const extra = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (field) => !known.includes(field) && field !== 'basis',
  );
  const changes: SnapshotChange[] = [];
  for (const field of [...known, ...extra]) {
    if (!(field in old) && !(field in now)) continue;
    if (sameJson(old[field], now[field])) continue;
    changes.push({ field, label: FIELD_LABELS[field] ?? field, before: old[field], after: now[field] });
  }
  return changes;
}

/** Chinese names of the change log's actions. */
export const CHANGE_ACTION_LABELS: Record<string, string> = {
  create_version: '创建草稿',
  add_item: '新增事项',
  edit_item: '修改事项',
  remove_item: '移除事项',
  assign: '调整责任单位',
  bulk_assign: '批量分配责任单位',
  publish: '发布',
  import_add: '导入新增',
  import_edit: '导入修改',
  import_remove: '导入移除',
};

export function changeActionLabel(action: string): string {
  return CHANGE_ACTION_LABELS[action] ?? action;
}
