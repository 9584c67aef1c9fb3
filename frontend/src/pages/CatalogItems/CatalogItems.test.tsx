import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogItem, CatalogVersion } from '../../api/types';
import { item, TENANT, version } from '../../test/catalogFixtures';
import { fakeBackend, json, type Call } from '../../test/fakeBackend';
import { meWith, renderPage } from '../../test/renderPage';
import CatalogItemsPage from '.';

const DRAFT = version(2, { status: 'draft', based_on_id: version(1).id });
const PUBLISHED = version(1, { status: 'published', published_at: '2026-02-01T02:00:00Z', published_by: 'nanming_admin' });
const VERSIONS = `/tenants/${TENANT}/catalog/versions`;
const itemsPath = (v: CatalogVersion) => `${VERSIONS}/${v.id}/items`;
/** An item whose 公开时限 the parser did not understand. */
const UNPARSED = {
  needs_review: true,
  time_limit: '适时公开',
  time_limit_rule: { kind: 'manual', text: '适时公开', parts: [] },
  time_limit_understood: false,
  time_limit_description: '需人工确认',
};

function backend(roles: string[], versions: CatalogVersion[], items: CatalogItem[], extra: Record<string, (call: Call) => Response> = {}) {
  return fakeBackend({
    'GET /auth/me': () => json(200, meWith(roles as never)),
    'GET /domains': () =>
      json(200, [{ code: '01', name: '国土空间规划', national_name: '城乡规划', sort_order: 1, active: true }]),
    [`GET /tenants/${TENANT}/org-units`]: () =>
      json(200, {
        items: [{ id: 'u-1', tenant_id: TENANT, name: '南明区教育局', kind: 'department', credit_code: null, sort_order: 1, active: true, version: 1 }],
        next_cursor: null,
      }),
    [`GET ${VERSIONS}`]: () => json(200, { items: versions, next_cursor: null }),
    ...Object.fromEntries(versions.map((v) => [`GET ${itemsPath(v)}`, () => json(200, { items, next_cursor: null })])),
    ...extra,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Role queries walk the accessibility tree of antd's large tables, which is slow in jsdom:
// these tests find buttons by their text instead.
function button(text: string | RegExp, scope: HTMLElement = document.body): HTMLButtonElement {
  const found = within(scope)
    .getAllByText(text)
    .map((element) => element.closest('button'))
    .find((candidate): candidate is HTMLButtonElement => candidate !== null);
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

function queryButtons(text: string | RegExp): HTMLButtonElement[] {
  return screen
    .queryAllByText(text)
    .map((element) => element.closest('button'))
    .filter((candidate): candidate is HTMLButtonElement => candidate !== null);
}

function openLayer(selector: string): HTMLElement {
  const layers = [...document.querySelectorAll<HTMLElement>(selector)];
  const open = layers.at(-1);
  if (!open) throw new Error(`no ${selector}`);
  return open;
}

describe('标准目录 page', () => {
  it('opens on the draft and lists its items with provenance and time limits; editors only read', async () => {
    backend(
      ['editor'],
      [DRAFT, PUBLISHED],
      [item(1), item(2, { ...UNPARSED, source: 'custom', custom_origin: '权责清单' })],
    );
    renderPage(<CatalogItemsPage />);
    expect(await screen.findByText('事项1')).toBeTruthy();
    expect(screen.getAllByText('第2版').length).toBeGreaterThan(0);
    expect(screen.getByText('需人工确认')).toBeTruthy();
    expect(screen.getByText('适时公开')).toBeTruthy();
    expect(screen.getByText('基准目录')).toBeTruthy();
    expect(screen.getByText('自定义')).toBeTruthy();
    expect(screen.getAllByText('只读').length).toBeGreaterThan(0);
    expect(queryButtons('查看')).toHaveLength(3); // the two items and the other version
    expect(queryButtons('编辑')).toEqual([]);
    expect(queryButtons('新建草稿')).toEqual([]);
    expect(queryButtons('发布')).toEqual([]);
    expect(queryButtons('确认人工跟踪')).toEqual([]);
  });

  it('keeps a published version read-only for admins too', async () => {
    backend(['tenant_admin'], [PUBLISHED], [item(1)]);
    renderPage(<CatalogItemsPage />);
    await screen.findByText('事项1');
    expect(screen.getByText('第1版已发布，不能再修改；如需调整请新建草稿。')).toBeTruthy();
    expect(queryButtons('编辑')).toEqual([]);
    expect(queryButtons('新增自定义事项')).toEqual([]);
    expect(queryButtons('新建草稿').length).toBeGreaterThan(0);
  });

  it('filters the items on the server', async () => {
    const calls = backend(['tenant_admin'], [DRAFT], [item(1)]).calls;
    renderPage(<CatalogItemsPage />);
    await screen.findByText('事项1');
    await userEvent.setup().click(screen.getByLabelText('仅看需人工确认时限'));
    await waitFor(() =>
      expect(calls.some((c) => c.path === `${itemsPath(DRAFT)}?limit=100&needs_review=true`)).toBe(true),
    );
  });

  it('saves only the changed elements of an item, channels as API values', async () => {
    const original = item(1, { version: 3 });
    const { calls } = backend(['tenant_admin'], [DRAFT], [original], {
      [`PATCH ${itemsPath(DRAFT)}/${original.id}`]: (call) =>
        json(200, { ...original, ...(call.body as object), version: 4 }),
    });
    renderPage(<CatalogItemsPage />);
    await screen.findByText('事项1');
    const user = userEvent.setup();
    await user.click(button('编辑'));
    await screen.findByText('编辑事项');
    const drawer = openLayer('.ant-drawer-open');
    const subject = within(drawer).getByLabelText('公开主体');
    await user.clear(subject);
    await user.type(subject, '南明区自然资源局');
    await user.click(within(drawer).getByLabelText('政府公报'));
    await user.click(button('保存', drawer));
    expect(await screen.findByText('保存成功')).toBeTruthy();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ version: 3, subject: '南明区自然资源局', channels: ['政府网站', '政府公报'] });
    expect(await screen.findByText('南明区自然资源局')).toBeTruthy();
  });

  it('confirms a time limit the parser cannot compute', async () => {
    const pending = item(2, UNPARSED);
    const { calls } = backend(['tenant_admin'], [DRAFT], [pending], {
      [`PATCH ${itemsPath(DRAFT)}/${pending.id}`]: () =>
        json(200, { ...pending, needs_review: false, time_limit_manual: true, version: 2 }),
    });
    renderPage(<CatalogItemsPage />);
    const user = userEvent.setup();
    await screen.findByText('确认人工跟踪');
    await user.click(button('确认人工跟踪'));
    await screen.findByText('确认该事项的公开时限由人工跟踪？');
    await user.click(button('确定', openLayer('.ant-popconfirm')));
    expect(await screen.findByText('已标记为人工跟踪')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ time_limit_manual: true, version: 1 });
    expect(await screen.findByText('人工跟踪')).toBeTruthy();
    expect(screen.queryByText('需人工确认')).toBeNull();
  });

  it('lists the items that keep a draft from being published, each opening the item', async () => {
    const broken = item(7, { subject: '', channels: [] });
    backend(['tenant_admin'], [DRAFT], [item(1), broken], {
      [`POST ${VERSIONS}/${DRAFT.id}:publish`]: () =>
        json(
          422,
          {
            type: 'https://gongkai.gov.cn/problems/catalog_not_publishable',
            title: '目录未通过发布前检查',
            status: 422,
            code: 'catalog_not_publishable',
            detail: '1个事项未通过检查',
            errors: [
              {
                loc: ['items', broken.id],
                msg: '第7项 国土空间规划 / 公共服务 / 事项7：主动公开事项必须填写公开主体；主动公开事项至少选择一个公开渠道',
                type: 'item',
              },
            ],
          },
          'application/problem+json',
        ),
      [`GET ${itemsPath(DRAFT)}/${broken.id}`]: () => json(200, broken),
    });
    renderPage(<CatalogItemsPage />);
    await screen.findByText('事项1');
    const user = userEvent.setup();
    await user.click(button('发布'));
    await screen.findAllByText('发布第2版目录？');
    await user.click(button('发布', openLayer('.ant-modal-confirm')));

    expect(await screen.findByText('发布前检查未通过：1个事项需要修改')).toBeTruthy();
    const problems = screen.getByTestId('publish-problems');
    expect(within(problems).getByText('国土空间规划 / 公共服务 / 事项7')).toBeTruthy();
    expect(within(problems).getByText('主动公开事项必须填写公开主体')).toBeTruthy();
    expect(within(problems).getByText('主动公开事项至少选择一个公开渠道')).toBeTruthy();

    await user.click(button('去修改', problems));
    await screen.findByText('编辑事项');
    const drawer = openLayer('.ant-drawer-open');
    await waitFor(() => expect((within(drawer).getByLabelText('二级事项') as HTMLInputElement).value).toBe('事项7'));
  });

  it('creates the first draft from the baseline', async () => {
    let versions: CatalogVersion[] = [];
    const created = version(1, { item_count: 48 });
    const { calls } = backend(['tenant_admin'], [], [], {
      [`GET ${VERSIONS}`]: () => json(200, { items: versions, next_cursor: null }),
      [`POST ${VERSIONS}`]: () => {
        versions = [created];
        return json(201, created);
      },
      [`GET ${itemsPath(created)}`]: () => json(200, { items: [item(1)], next_cursor: null }),
    });
    renderPage(<CatalogItemsPage />);
    expect(await screen.findByText('还没有目录版本。管理员可从省级基准目录新建第一版草稿。')).toBeTruthy();
    const user = userEvent.setup();
    await waitFor(() => expect(button('新建草稿').disabled).toBe(false));
    await user.click(button('新建草稿'));
    await screen.findByText('将从本级省级基准目录创建第一版草稿。');
    await user.click(button('新建草稿', openLayer('.ant-modal-wrap:not([style*="display: none"])')));
    expect(await screen.findByText('已创建第1版草稿（48个事项）')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ source: 'auto', note: '' });
    expect(await screen.findByText('事项1')).toBeTruthy();
  });
});
