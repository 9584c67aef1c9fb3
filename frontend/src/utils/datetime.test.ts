import { describe, expect, it } from 'vitest';
import { formatDateTime } from './datetime';

describe('formatDateTime', () => {
  it('shows instants in Asia/Shanghai whatever the zone they are written in', () => {
    expect(formatDateTime('2026-01-01T00:00:00Z')).toBe('2026-01-01 08:00:00');
    expect(formatDateTime('2026-03-31T20:30:00-04:00')).toBe('2026-04-01 08:30:00');
    expect(formatDateTime('2026-01-01T00:00:00Z', 'YYYY年M月D日')).toBe('2026年1月1日');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('-');
    expect(formatDateTime(undefined)).toBe('-');
    expect(formatDateTime('not a date')).toBe('-');
  });
});
