import { describe, expect, it } from 'vitest';
import { item } from '../../test/catalogFixtures';
import { formValuesToCreate, formValuesToUpdate, hasChanges, itemToFormValues, emptyItemFormValues } from './itemForm';

describe('item form ↔ API', () => {
  it('sends nothing but the version when nothing changed', () => {
    const original = item(1, { channels: ['其他', '其他:平台'], version: 4 });
    const body = formValuesToUpdate(itemToFormValues(original), original);
    expect(body).toEqual({ version: 4 });
    expect(hasChanges(body)).toBe(false);
  });

  it('sends only the changed elements, trimmed', () => {
    const original = item(1, { version: 2 });
    const values = { ...itemToFormValues(original), subject: '  南明区自然资源局 ', levels: ['乡级' as const, '县级' as const] };
    expect(formValuesToUpdate(values, original)).toEqual({
      version: 2,
      subject: '南明区自然资源局',
      levels: ['县级', '乡级'],
    });
  });

  it('sends the channel checklist as API values when it changed', () => {
    const original = item(1);
    const values = { ...itemToFormValues(original), channel_boxes: ['政府网站' as const, '其他' as const], channel_others: '公共资源交易平台' };
    expect(formValuesToUpdate(values, original)).toEqual({
      version: 1,
      channels: ['政府网站', '其他:公共资源交易平台'],
    });
  });

  it('confirms a time limit by hand with time_limit_manual', () => {
    const original = item(1, { needs_review: true, time_limit: '适时公开' });
    const values = { ...itemToFormValues(original), time_limit_manual: true };
    expect(formValuesToUpdate(values, original)).toEqual({ version: 1, time_limit_manual: true });
  });

  it('keeps the 人工跟踪 switch with a new time limit (the server would reset it)', () => {
    const original = item(1, { time_limit_manual: true, time_limit: '适时公开' });
    const values = { ...itemToFormValues(original), time_limit: '每季度公开' };
    expect(formValuesToUpdate(values, original)).toEqual({ version: 1, time_limit: '每季度公开', time_limit_manual: true });
  });

  it('clears the group note when the audience becomes 全社会', () => {
    const original = item(1, { audience: '特定群体', audience_note: '申请人' });
    const values = { ...itemToFormValues(original), audience: '全社会' as const };
    expect(formValuesToUpdate(values, original)).toEqual({ version: 1, audience: '全社会', audience_note: '' });
  });

  it('builds a custom item with every element', () => {
    const values = {
      ...emptyItemFormValues('05'),
      level1: ' 安全生产许可 ',
      content: '许可结果',
      time_limit: '作出决定之日起7个工作日内',
      channel_boxes: ['其他' as const],
      channel_others: '',
      custom_origin: '公共服务事项清单',
    };
    expect(formValuesToCreate(values)).toEqual({
      domain_code: '05',
      level1: '安全生产许可',
      level2: '',
      content: '许可结果',
      basis_text: '',
      time_limit: '作出决定之日起7个工作日内',
      time_limit_manual: false,
      subject: '',
      channels: ['其他'],
      audience: '全社会',
      audience_note: '',
      mode: '主动',
      levels: ['县级'],
      custom_origin: '公共服务事项清单',
    });
  });
});
