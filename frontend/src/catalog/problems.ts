// The catalog's two "per row" refusals, from ApiError.errors into table rows:
//   - publishing (422 catalog_not_publishable): one error per item, loc ["items", item_id],
//     msg "第N项 <领域 / 一级事项 / 二级事项>：<reason>；<reason>";
//   - importing (422 import_refused): one error per refused cell, loc [sheet, row, column],
//     msg "<sheet> 第<row>行 <column>：<problem>" (or loc ["rows", n] when a row names an
//     unknown domain). Nothing is written in either case.
import type { ApiFieldError } from '../api/errors';
import { ApiError } from '../api/errors';

export const PUBLISH_REFUSED = 'catalog_not_publishable';
export const IMPORT_REFUSED = 'import_refused';

/** The id the server gives the problem of an empty catalog (no item to link to). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PublishProblem {
  key: string;
  /** The item to open, or null when the problem is not about one item. */
  itemId: string | null;
  /** The item's 序号, when the message gives it. */
  seq: number | null;
  /** 领域 / 一级事项 / 二级事项. */
  label: string;
  reasons: string[];
}

const ITEM_MESSAGE = /^第(\d+)项\s*(.*?)：(.*)$/s;

function splitReasons(text: string): string[] {
  return text
    .split('；')
    .map((reason) => reason.trim())
    .filter((reason) => reason !== '');
}

export function publishProblemFrom(error: ApiFieldError, index: number): PublishProblem {
  const [where, id] = error.loc;
  const rawId = where === 'items' && typeof id === 'string' ? id : null;
  const itemId = rawId && UUID_PATTERN.test(rawId) && rawId !== NIL_UUID ? rawId : null;
  const match = ITEM_MESSAGE.exec(error.msg);
  if (!match) {
    return { key: `${index}`, itemId, seq: null, label: '', reasons: splitReasons(error.msg) };
  }
  const seq = Number(match[1]);
  return {
    key: `${index}`,
    itemId,
    seq: seq > 0 ? seq : null,
    label: (match[2] ?? '').trim(),
    reasons: splitReasons(match[3] ?? ''),
  };
}

/** The per-item problems of a refused publication, or null for any other error. */
export function publishProblems(error: unknown): PublishProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== PUBLISH_REFUSED) return null;
  return error.errors.map(publishProblemFrom);
}

export interface ImportProblem {
  key: string;
  /** 工作表 (the sheet's name; "CSV"/"JSON" for those files), '' when unknown. */
  sheet: string;
  /** 行 (1-based, as in the spreadsheet), null when unknown. */
  row: number | null;
  /** 列 (the column heading), '' when unknown. */
  column: string;
  /** 问题 without the "工作表 第N行 列：" prefix the server repeats. */
  message: string;
}

function stripPrefix(msg: string, sheet: string, row: number | null, column: string): string {
  const prefixes = [
    `${sheet} 第${row ?? ''}行 ${column}：`,
    `${sheet} 第${row ?? ''}行：`,
    `第${row ?? ''}条：`,
  ];
  for (const prefix of prefixes) if (msg.startsWith(prefix)) return msg.slice(prefix.length);
  return msg;
}

export function importProblemFrom(error: ApiFieldError, index: number): ImportProblem {
  const loc = [...error.loc];
  if (loc[0] === 'body' || loc[0] === 'file') loc.shift();
  let sheet = '';
  let row: number | null = null;
  let column = '';
  if (loc[0] === 'rows' && typeof loc[1] === 'number') {
    row = loc[1];
  } else if (loc.length >= 3 && typeof loc[1] === 'number') {
    sheet = String(loc[0]);
    row = loc[1];
    column = String(loc[2]);
  } else if (loc.length === 2 && typeof loc[1] === 'number') {
    sheet = String(loc[0]);
    row = loc[1];
  }
  return { key: `${index}`, sheet, row, column, message: stripPrefix(error.msg, sheet, row, column) };
}

/** The per-cell problems of a refused import, or null for any other error. */
export function importProblems(error: unknown): ImportProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== IMPORT_REFUSED) return null;
  return error.errors.map(importProblemFrom);
}
