import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  channelLabel,
  channelsToForm,
  formatFieldValue,
  formToChannels,
  ruleIsManual,
  snapshotChanges,
  splitOtherNames,
  timeLimitText,
} from './elements';

describe('channels: the 13-box checklist ↔ API values', () => {
  it('has the 13 boxes of the national table, 其他 last', () => {
    expect(CHANNELS).toHaveLength(13);
    expect(CHANNELS[0]).toBe('政府网站');
    expect(CHANNELS[12]).toBe('其他');
  });

  it('ticks the named boxes and collects named others under 其他', () => {
    expect(channelsToForm(['广播电视', '政府网站', '其他:公共资源交易平台', '其他:村务微信群'])).toEqual({
      boxes: ['政府网站', '广播电视', '其他'],
      others: '公共资源交易平台、村务微信群',
    });
  });

  it('ticks 其他 without a name for the bare value', () => {
    expect(channelsToForm(['其他'])).toEqual({ boxes: ['其他'], others: '' });
  });

  it('drops values the server would refuse', () => {
    expect(channelsToForm(['政府网站', '飞鸽传书', '其他:'])).toEqual({ boxes: ['政府网站', '其他'], others: '' });
  });

  it('writes the boxes in table order, then one 其他:<名称> per name', () => {
    expect(formToChannels({ boxes: ['其他', '精准推送', '政府网站'], others: '公共资源交易平台，村务微信群' })).toEqual([
      '政府网站',
      '精准推送',
      '其他:公共资源交易平台',
      '其他:村务微信群',
    ]);
  });

  it('writes bare 其他 when the box is ticked without a name', () => {
    expect(formToChannels({ boxes: ['政府网站', '其他'], others: '  ' })).toEqual(['政府网站', '其他']);
  });

  it('ignores other names while 其他 is not ticked', () => {
    expect(formToChannels({ boxes: ['政府公报'], others: '公共资源交易平台' })).toEqual(['政府公报']);
    expect(formToChannels(undefined)).toEqual([]);
  });

  it('round-trips what the server stores', () => {
    const stored = ['政府网站', '两微一端', '社区/企事业单位/村公示栏(电子屏)', '其他:公共资源交易平台'];
    expect(formToChannels(channelsToForm(stored))).toEqual(stored);
    expect(formToChannels(channelsToForm(['其他']))).toEqual(['其他']);
    expect(formToChannels(channelsToForm([]))).toEqual([]);
  });

  it('splits names on Chinese and Latin separators and drops duplicates', () => {
    expect(splitOtherNames('甲、乙，丙,丁；戊;己\n甲')).toEqual(['甲', '乙', '丙', '丁', '戊', '己']);
  });

  it('shows named others readably', () => {
    expect(channelLabel('其他:公共资源交易平台')).toBe('其他（公共资源交易平台）');
    expect(channelLabel('政府网站')).toBe('政府网站');
  });
});

describe('change log snapshots', () => {
  const before = {
    domain: '国土空间规划',
    level1: '公共服务',
    level2: '法规文件',
    subject: '县自然资源局',
    channels: ['政府网站'],
    basis: [{ title: 'A' }],
    levels: ['县级'],
  };

  it('lists the changed element fields with their labels, in table order', () => {
    const after = { ...before, subject: '', channels: [], basis: [{ title: 'B' }], levels: ['县级', '乡级'] };
    expect(snapshotChanges(before, after)).toEqual([
      { field: 'subject', label: '公开主体', before: '县自然资源局', after: '' },
      { field: 'channels', label: '公开渠道和载体', before: ['政府网站'], after: [] },
      { field: 'levels', label: '公开层级', before: ['县级'], after: ['县级', '乡级'] },
    ]);
  });

  it('treats a missing side as empty (added or removed items)', () => {
    const added = snapshotChanges(null, { level1: '新事项', channels: ['其他:平台'] });
    expect(added.map((c) => c.field)).toEqual(['level1', 'channels']);
    expect(snapshotChanges(before, null).map((c) => c.label)).toEqual([
      '领域',
      '一级事项',
      '二级事项',
      '公开主体',
      '公开渠道和载体',
      '公开层级',
    ]);
  });

  it('labels assignments and keeps unknown fields by name', () => {
    expect(snapshotChanges({ org_unit_ids: [] }, { org_unit_ids: ['u1'], extra: 1 })).toEqual([
      { field: 'org_unit_ids', label: '责任单位', before: [], after: ['u1'] },
      { field: 'extra', label: 'extra', before: undefined, after: 1 },
    ]);
  });

  it('formats values as text', () => {
    expect(formatFieldValue('channels', ['政府网站', '其他:平台'])).toBe('政府网站、其他（平台）');
    expect(formatFieldValue('levels', ['县级', '乡级'])).toBe('县级、乡级');
    expect(formatFieldValue('subject', '')).toBe('（空）');
    expect(formatFieldValue('levels', [])).toBe('（空）');
    expect(formatFieldValue('item_ids', ['a', 'b'])).toBe('2 个事项');
    expect(formatFieldValue('seq', 3)).toBe('3');
  });
});

describe('公开时限 display', () => {
  it('shows the reading of an understood time limit and the text of one that is not', () => {
    const base = { time_limit: '适时公开', time_limit_description: '需人工确认' };
    expect(timeLimitText({ ...base, time_limit_understood: false })).toBe('适时公开');
    expect(
      timeLimitText({
        time_limit: '信息形成或者变更之日起20个工作日内',
        time_limit_description: '信息形成或变更之日起20个工作日内',
        time_limit_understood: true,
      }),
    ).toBe('信息形成或变更之日起20个工作日内');
  });

  it('finds a manual part anywhere in a rule', () => {
    expect(ruleIsManual({ kind: 'manual', parts: [] })).toBe(true);
    expect(ruleIsManual({ kind: 'compound', parts: [{ kind: 'within' }, { kind: 'manual' }] })).toBe(true);
    expect(ruleIsManual({ kind: 'within', parts: [] })).toBe(false);
    expect(ruleIsManual(null)).toBe(false);
  });
});
