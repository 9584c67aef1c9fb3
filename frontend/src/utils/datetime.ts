// Dates are shown in China Standard Time whatever the browser's zone.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

export const DISPLAY_TIMEZONE = 'Asia/Shanghai';
export const DATETIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';
export const DATE_FORMAT = 'YYYY-MM-DD';

/** Formats an instant in Asia/Shanghai; '-' when there is none. */
export function formatDateTime(
  value: string | number | Date | null | undefined,
  format: string = DATETIME_FORMAT,
): string {
  if (value === null || value === undefined || value === '') return '-';
  const instant = dayjs(value);
  if (!instant.isValid()) return '-';
  return instant.tz(DISPLAY_TIMEZONE).format(format);
}

export { dayjs };
