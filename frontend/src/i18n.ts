import zhCN, { type I18nKey } from './locales/zh-CN';

export type { I18nKey };

/** Looks a key up in the zh-CN dictionary and fills `{name}` placeholders. */
export function t(key: I18nKey, values?: Record<string, string | number>): string {
  const text: string = zhCN[key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
