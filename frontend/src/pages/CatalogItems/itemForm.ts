// The item form's values ↔ the API's ItemCreate / ItemUpdate. Pure, so it is unit-tested.
import type { Audience, CatalogItem, CatalogItemCreate, CatalogItemUpdate, Level, Mode } from '../../api/types';
import { channelsToForm, formToChannels, LEVELS, sameValues, type Channel } from '../../catalog/elements';

export interface ItemFormValues {
  domain_code: string;
  level1: string;
  level2: string;
  content: string;
  basis_text: string;
  time_limit: string;
  time_limit_manual: boolean;
  subject: string;
  /** The ticked boxes of the 13-box channel checklist. */
  channel_boxes: Channel[];
  /** Names of the other channels (when 其他 is ticked), separated by 、. */
  channel_others: string;
  audience: Audience;
  audience_note: string;
  mode: Mode;
  levels: Level[];
  /** Only when adding a custom item. */
  custom_origin?: string;
}

/** Form fields, for server field errors (`channels` errors land on the checkbox group). */
export const ITEM_FORM_FIELDS = [
  'domain_code',
  'level1',
  'level2',
  'content',
  'basis_text',
  'time_limit',
  'time_limit_manual',
  'subject',
  'channel_boxes',
  'audience',
  'audience_note',
  'mode',
  'levels',
  'custom_origin',
] as const;

/** The API's field name → the form's. */
export const API_TO_FORM_FIELD: Record<string, string> = { channels: 'channel_boxes' };

export function emptyItemFormValues(domainCode?: string): ItemFormValues {
  return {
    domain_code: domainCode ?? '',
    level1: '',
    level2: '',
    content: '',
    basis_text: '',
    time_limit: '',
    time_limit_manual: false,
    subject: '',
    channel_boxes: ['政府网站'],
    channel_others: '',
    audience: '全社会',
    audience_note: '',
    mode: '主动',
    levels: ['县级'],
    custom_origin: '权责清单',
  };
}

export function itemToFormValues(item: CatalogItem): ItemFormValues {
  const channels = channelsToForm(item.channels);
  return {
    domain_code: item.domain_code,
    level1: item.level1,
    level2: item.level2,
    content: item.content,
    basis_text: item.basis_text,
    time_limit: item.time_limit,
    time_limit_manual: item.time_limit_manual,
    subject: item.subject,
    channel_boxes: channels.boxes,
    channel_others: channels.others,
    audience: item.audience,
    audience_note: item.audience_note,
    mode: item.mode,
    levels: [...item.levels],
  };
}

function text(value: string | undefined | null): string {
  return (value ?? '').trim();
}

function orderedLevels(levels: readonly Level[] | undefined): Level[] {
  const chosen = new Set(levels ?? []);
  return LEVELS.filter((level) => chosen.has(level));
}

function audienceNote(values: Partial<ItemFormValues>): string {
  return values.audience === '特定群体' ? text(values.audience_note) : '';
}

export function formValuesToCreate(values: ItemFormValues): CatalogItemCreate {
  return {
    domain_code: values.domain_code,
    level1: text(values.level1),
    level2: text(values.level2),
    content: text(values.content),
    basis_text: text(values.basis_text),
    time_limit: text(values.time_limit),
    time_limit_manual: Boolean(values.time_limit_manual),
    subject: text(values.subject),
    channels: formToChannels({ boxes: values.channel_boxes, others: values.channel_others }),
    audience: values.audience,
    audience_note: audienceNote(values),
    mode: values.mode,
    levels: orderedLevels(values.levels),
    custom_origin: text(values.custom_origin) || '权责清单',
  };
}

/**
 * Only what changed, plus the item's `version` (optimistic locking). Channels are compared in
 * their API form, so an untouched checklist is never sent even when the form would write it
 * differently (e.g. "其他" and "其他:X" together). A new 公开时限 always carries the
 * 人工跟踪 switch as shown (the server would otherwise reset it).
 */
export function formValuesToUpdate(values: ItemFormValues, item: CatalogItem): CatalogItemUpdate {
  const body: CatalogItemUpdate = { version: item.version };
  const strings = ['level1', 'level2', 'content', 'basis_text', 'time_limit', 'subject'] as const;
  if (values.domain_code !== item.domain_code) body.domain_code = values.domain_code;
  for (const field of strings) {
    const value = text(values[field]);
    if (value !== item[field]) body[field] = value;
  }
  const manual = Boolean(values.time_limit_manual);
  if (body.time_limit !== undefined || manual !== item.time_limit_manual) body.time_limit_manual = manual;
  const channels = formToChannels({ boxes: values.channel_boxes, others: values.channel_others });
  const original = formToChannels(channelsToForm(item.channels));
  if (!sameValues(channels, original)) body.channels = channels;
  if (values.audience !== item.audience) body.audience = values.audience;
  const note = audienceNote(values);
  if (note !== item.audience_note) body.audience_note = note;
  if (values.mode !== item.mode) body.mode = values.mode;
  const levels = orderedLevels(values.levels);
  if (!sameValues(levels, orderedLevels(item.levels))) body.levels = levels;
  return body;
}

/** Whether an update body changes anything (more than the `version`). */
export function hasChanges(body: CatalogItemUpdate): boolean {
  return Object.keys(body).some((key) => key !== 'version');
}
