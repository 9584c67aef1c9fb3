import { describe, expect, it } from 'vitest';
import { ApiError, problemToApiError, responseToApiError } from './errors';

function problemResponse(status: number, body: unknown, contentType = 'application/problem+json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('problem+json → ApiError', () => {
  it('uses the Chinese detail as the message when there is one', () => {
    const error = problemToApiError(409, {
      type: 'https://gongkai.gov.cn/problems/conflict',
      title: '数据冲突',
      status: 409,
      code: 'conflict',
      detail: '同名的组织机构已存在',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(409);
    expect(error.code).toBe('conflict');
    expect(error.title).toBe('数据冲突');
    expect(error.detail).toBe('同名的组织机构已存在');
    expect(error.message).toBe('同名的组织机构已存在');
    expect(error.type).toBe('https://gongkai.gov.cn/problems/conflict');
  });

  it('falls back to the title when there is no detail', () => {
    const error = problemToApiError(423, { type: 'x', title: '账号已被临时锁定', status: 423, code: 'account_locked' });
    expect(error.message).toBe('账号已被临时锁定');
    expect(error.detail).toBeNull();
  });

  it('keeps field errors and maps them to request fields without the location prefix', () => {
    const error = problemToApiError(422, {
      type: 'https://gongkai.gov.cn/problems/validation_failed',
      title: '提交的数据不符合要求',
      status: 422,
      code: 'validation_failed',
      detail: 'body.name: 缺少必填项',
      errors: [
        { loc: ['body', 'name'], msg: '缺少必填项', type: 'missing' },
        { loc: ['body', 'roles', 0], msg: '取值不在允许范围内', type: 'enum' },
        { loc: ['body', 'roles', 1], msg: '取值不在允许范围内', type: 'enum' },
        { loc: ['query', 'limit'], msg: '数值过大', type: 'less_than_equal' },
      ],
    });
    expect(error.errors).toHaveLength(4);
    expect(error.fieldErrors()).toEqual([
      { name: ['name'], messages: ['缺少必填项'] },
      { name: ['roles'], messages: ['取值不在允许范围内', '取值不在允许范围内'] },
      { name: ['limit'], messages: ['数值过大'] },
    ]);
  });

  it('gives a Chinese message for errors without a problem body', () => {
    expect(problemToApiError(500, 'Internal Server Error').message).toBe('服务器内部错误');
    expect(problemToApiError(403, null).message).toBe('没有权限执行此操作');
    expect(problemToApiError(418, {}).message).toBe('请求失败（状态码 418）');
    expect(problemToApiError(0, undefined).code).toBe('network_error');
  });

  it('ignores malformed field errors', () => {
    const error = problemToApiError(422, { title: '提交的数据不符合要求', errors: [{ loc: 'name' }, 'x', { msg: '内容过长' }] });
    expect(error.errors).toEqual([{ loc: [], msg: '内容过长' }]);
    expect(error.fieldErrors()).toEqual([]);
  });

  it('reads a failed response body, problem+json or plain json', async () => {
    const locked = await responseToApiError(
      problemResponse(423, { type: 'x', title: '账号已被临时锁定', status: 423, code: 'account_locked', detail: '请 15 分钟后再试' }),
    );
    expect(locked.message).toBe('请 15 分钟后再试');
    expect(locked.code).toBe('account_locked');

    const plain = await responseToApiError(problemResponse(404, { title: '请求的资源不存在' }, 'application/json'));
    expect(plain.message).toBe('请求的资源不存在');

    const html = await responseToApiError(new Response('<html>bad gateway</html>', { status: 502 }));
    expect(html.message).toBe('服务暂时不可用');
  });
});
