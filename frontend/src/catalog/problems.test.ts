import { describe, expect, it } from 'vitest';
import { ApiError, problemToApiError } from '../api/errors';
import { importProblems, publishProblems } from './problems';

const ITEM = '89b8aad1-a59c-46eb-b06d-7f4daff3ff22';

describe('publish refusal → one row per item', () => {
  it('maps each error to the item, its 序号, label and reasons (as the server words them)', () => {
    const error = problemToApiError(422, {
      type: 'https://gongkai.gov.cn/problems/catalog_not_publishable',
      title: '目录未通过发布前检查',
      status: 422,
      code: 'catalog_not_publishable',
      detail: '2个事项未通过检查',
      errors: [
        {
          loc: ['items', ITEM],
          msg: '第1项 国土空间规划 / 公共服务 / 法规文件：主动公开事项必须填写公开主体；主动公开事项至少选择一个公开渠道；公开时限“适时公开”无法自动计算，请修改或标记为人工跟踪',
          type: 'item',
        },
        { loc: ['items', 'c59a0e7e-d44f-481d-85fc-e8dcc6abeba3'], msg: '第12项 社会救助 / 低保：未勾选公开层级', type: 'item' },
      ],
    });
    expect(publishProblems(error)).toEqual([
      {
        key: '0',
        itemId: ITEM,
        seq: 1,
        label: '国土空间规划 / 公共服务 / 法规文件',
        reasons: [
          '主动公开事项必须填写公开主体',
          '主动公开事项至少选择一个公开渠道',
          '公开时限“适时公开”无法自动计算，请修改或标记为人工跟踪',
        ],
      },
      {
        key: '1',
        itemId: 'c59a0e7e-d44f-481d-85fc-e8dcc6abeba3',
        seq: 12,
        label: '社会救助 / 低保',
        reasons: ['未勾选公开层级'],
      },
    ]);
  });

  it('links nothing for the problem of an empty catalog', () => {
    const error = new ApiError({
      status: 422,
      code: 'catalog_not_publishable',
      errors: [{ loc: ['items', '00000000-0000-0000-0000-000000000000'], msg: '第0项 目录：目录中没有任何事项' }],
    });
    expect(publishProblems(error)).toEqual([
      { key: '0', itemId: null, seq: null, label: '目录', reasons: ['目录中没有任何事项'] },
    ]);
  });

  it('keeps a message it cannot parse whole', () => {
    const error = new ApiError({ status: 422, code: 'catalog_not_publishable', errors: [{ loc: ['items', 'x'], msg: '出错了' }] });
    expect(publishProblems(error)).toEqual([{ key: '0', itemId: null, seq: null, label: '', reasons: ['出错了'] }]);
  });

  it('is null for any other error', () => {
    expect(publishProblems(new ApiError({ status: 409, code: 'catalog_version_frozen' }))).toBeNull();
    expect(publishProblems(new Error('x'))).toBeNull();
  });
});

describe('import refusal → one row per cell', () => {
  it('maps [sheet, row, column] and drops the prefix the server repeats in msg', () => {
    const error = problemToApiError(422, {
      code: 'import_refused',
      title: '导入文件有错误，未写入任何数据',
      detail: '共2处错误',
      errors: [
        { loc: ['CSV', 2, '公开方式'], msg: 'CSV 第2行 公开方式：公开方式应为“主动”或“依申请”之一，而不是“被动”', type: 'cell' },
        { loc: ['社会救助', 7, '公开渠道'], msg: '社会救助 第7行 公开渠道：未知的公开渠道：飞鸽传书', type: 'cell' },
      ],
    });
    expect(importProblems(error)).toEqual([
      { key: '0', sheet: 'CSV', row: 2, column: '公开方式', message: '公开方式应为“主动”或“依申请”之一，而不是“被动”' },
      { key: '1', sheet: '社会救助', row: 7, column: '公开渠道', message: '未知的公开渠道：飞鸽传书' },
    ]);
  });

  it('maps a row naming an unknown domain', () => {
    const error = new ApiError({
      status: 422,
      code: 'import_refused',
      errors: [{ loc: ['rows', 3], msg: '第3条：领域“水利”不存在' }],
    });
    expect(importProblems(error)).toEqual([{ key: '0', sheet: '', row: 3, column: '', message: '领域“水利”不存在' }]);
  });

  it('keeps messages about the whole file', () => {
    const error = new ApiError({ status: 422, code: 'import_refused', errors: [{ loc: ['文件'], msg: '不是有效的 Excel 文件' }] });
    expect(importProblems(error)).toEqual([{ key: '0', sheet: '', row: null, column: '', message: '不是有效的 Excel 文件' }]);
  });

  it('is null for any other error', () => {
    expect(importProblems(new ApiError({ status: 409, code: 'catalog_version_frozen' }))).toBeNull();
  });
});
