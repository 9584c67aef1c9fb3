import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, json, problem } from '../../test/fakeBackend';
import { meWith, renderPage } from '../../test/renderPage';
import OrgUnitsPage from '.';

function unit(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tenant_id: '520102000000',
    name: `部门${n}`,
    kind: 'department',
    credit_code: null,
    sort_order: n,
    active: true,
    version: 1,
    ...extra,
  };
}

const LIST = '/tenants/520102000000/org-units';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('组织机构 page', () => {
  it('pages forward with the cursor the server returned', async () => {
    const backend = fakeBackend({
      'GET /auth/me': () => json(200, meWith(['tenant_admin'])),
      [`GET ${LIST}`]: (call) =>
        call.path.includes('cursor=c2')
          ? json(200, { items: [unit(3)], next_cursor: null })
          : json(200, { items: [unit(1), unit(2, { kind: 'office', credit_code: '11520102MB1234567X' })], next_cursor: 'c2' }),
    });
    renderPage(<OrgUnitsPage />);
    expect(await screen.findByText('部门1')).toBeTruthy();
    expect(screen.getByText('办公室')).toBeTruthy();
    expect(screen.getByText('11520102MB1234567X')).toBeTruthy();
    expect(screen.getByText('已加载 2 条')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('部门3')).toBeTruthy();
    expect(screen.getByText('已全部加载')).toBeTruthy();
    expect(backend.calls.filter((c) => c.path.startsWith(LIST)).map((c) => c.path)).toEqual([
      `${LIST}?limit=50`,
      `${LIST}?limit=50&cursor=c2`,
    ]);
  });

  it('creates an org unit in a modal and lists it', async () => {
    const backend = fakeBackend({
      'GET /auth/me': () => json(200, meWith(['tenant_admin'])),
      [`GET ${LIST}`]: () => json(200, { items: [unit(1)], next_cursor: null }),
      [`POST ${LIST}`]: (call) => json(201, unit(9, { ...(call.body as object) })),
    });
    renderPage(<OrgUnitsPage />);
    await screen.findByText('部门1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /新建组织机构/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '测试局');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('测试局')).toBeTruthy();
    const post = backend.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ name: '测试局', kind: 'department', sort_order: 0 });
  });

  it('shows a 409 from the server in Chinese and keeps the modal open', async () => {
    fakeBackend({
      'GET /auth/me': () => json(200, meWith(['tenant_admin'])),
      [`GET ${LIST}`]: () => json(200, { items: [], next_cursor: null }),
      [`POST ${LIST}`]: () => problem(409, '数据冲突', 'conflict', '同名的部门已存在'),
    });
    renderPage(<OrgUnitsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /新建组织机构/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '南明区教育局');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('同名的部门已存在')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('puts validation errors from the server on the form fields', async () => {
    fakeBackend({
      'GET /auth/me': () => json(200, meWith(['tenant_admin'])),
      [`GET ${LIST}`]: () => json(200, { items: [], next_cursor: null }),
      [`POST ${LIST}`]: () =>
        json(
          422,
          {
            type: 'https://gongkai.gov.cn/problems/validation_failed',
            title: '提交的数据不符合要求',
            status: 422,
            code: 'validation_failed',
            detail: 'body.name: 名称含有不允许的字符',
            errors: [{ loc: ['body', 'name'], msg: '名称含有不允许的字符', type: 'value_error' }],
          },
          'application/problem+json',
        ),
    });
    renderPage(<OrgUnitsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /新建组织机构/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '<script>');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('名称含有不允许的字符')).toBeTruthy();
    expect(await screen.findByText('提交的数据不符合要求')).toBeTruthy();
  });

  it('is read-only for supervisors', async () => {
    fakeBackend({
      'GET /auth/me': () => json(200, meWith(['supervisor'])),
      [`GET ${LIST}`]: () => json(200, { items: [unit(1)], next_cursor: null }),
    });
    renderPage(<OrgUnitsPage />);
    await screen.findByText('部门1');
    expect(screen.getByText('只读')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建组织机构/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
  });

  it('asks users without a tenant to pick one first', async () => {
    const backend = fakeBackend({
      'GET /auth/me': () => json(200, meWith(['platform_admin'], null)),
    });
    renderPage(<OrgUnitsPage />);
    expect(await screen.findByText('请先在页面顶部选择要管理的单位')).toBeTruthy();
    await waitFor(() => expect(backend.calls.some((c) => c.path.includes('/org-units'))).toBe(false));
  });
});
