import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TENANT, version } from '../../test/catalogFixtures';
import { fakeBackend, json, type Call } from '../../test/fakeBackend';
import { meWith, renderPage } from '../../test/renderPage';
import CatalogExchangePage from '.';

const DRAFT = version(2, { item_count: 48 });
const PUBLISHED = version(1, { status: 'published' });
const BASE = `/tenants/${TENANT}/catalog/versions`;

function backend(roles: string[], importHandler: (call: Call) => Response, versions = [DRAFT, PUBLISHED]) {
  return fakeBackend({
    'GET /auth/me': () => json(200, meWith(roles as never)),
    [`GET ${BASE}`]: () => json(200, { items: versions, next_cursor: null }),
    [`GET /tenants/${TENANT}/org-units`]: () => json(200, { items: [], next_cursor: null }),
    [`POST ${BASE}/${DRAFT.id}/import`]: importHandler,
    [`GET ${BASE}/${DRAFT.id}/export`]: () =>
      new Response('领域,一级事项', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': "attachment; filename=catalog.csv; filename*=UTF-8''%E7%AC%AC2%E7%89%88.csv",
        },
      }),
  });
}

function buttonWithText(text: string): HTMLButtonElement {
  const found = screen
    .getAllByText(text)
    .map((element) => element.closest('button'))
    .find((candidate): candidate is HTMLButtonElement => candidate !== null);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function upload(name: string) {
  await screen.findByText('点击或拖拽文件到此处');
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const user = userEvent.setup();
  await user.upload(input, new File(['x'], name, { type: 'application/octet-stream' }));
  await screen.findByText(name);
  await user.click(buttonWithText('开始导入'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('导入导出 page', () => {
  it('imports a file into the draft as multipart form data and shows what changed', async () => {
    const { calls } = backend(['tenant_admin'], () => json(200, { added: 0, updated: 0, removed: 0, unchanged: 48 }));
    renderPage(<CatalogExchangePage />);
    await upload('catalog.xlsx');
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(screen.getByText('文件与草稿一致，没有任何变化')).toBeTruthy();
    expect(screen.getByText('48')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(`${BASE}/${DRAFT.id}/import`);
    expect(post?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    // (jsdom's File is not one undici's FormData knows, so the part's file name is not checked here;
    // the browser test imports a real file.)
    expect(String(post?.body)).toContain('name="file"');
  });

  it('lists every refused cell: 工作表, 行, 列, 问题', async () => {
    backend(['tenant_admin'], () =>
      json(
        422,
        {
          type: 'https://gongkai.gov.cn/problems/import_refused',
          title: '导入文件有错误，未写入任何数据',
          status: 422,
          code: 'import_refused',
          detail: '共2处错误',
          errors: [
            { loc: ['社会救助', 5, '公开方式'], msg: '社会救助 第5行 公开方式：公开方式应为“主动”或“依申请”之一，而不是“被动”', type: 'cell' },
            { loc: ['社会救助', 9, '公开层级'], msg: '社会救助 第9行 公开层级：未知的公开层级：省级', type: 'cell' },
          ],
        },
        'application/problem+json',
      ),
    );
    renderPage(<CatalogExchangePage />);
    await upload('catalog.xlsx');
    expect(await screen.findByText('导入文件有错误，未写入任何数据（共 2 处）')).toBeTruthy();
    const table = screen.getByTestId('import-problems');
    expect(table.textContent).toContain('工作表');
    expect(screen.getAllByText('社会救助')).toHaveLength(2);
    expect(screen.getByText('公开方式应为“主动”或“依申请”之一，而不是“被动”')).toBeTruthy();
    expect(screen.getByText('未知的公开层级：省级')).toBeTruthy();
    expect(screen.getByText('9')).toBeTruthy();
  });

  it('exports with the bearer token and saves the file under its Chinese name', async () => {
    const { calls } = backend(['editor'], () => json(500, {}));
    const createObjectURL = vi.fn(() => 'blob:catalog');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(<CatalogExchangePage />);
    await screen.findByText('当前角色只能导出，不能导入');
    await userEvent.setup().click(buttonWithText('CSV'));
    expect(await screen.findByText('已导出 第2版.csv')).toBeTruthy();
    const get = calls.find((c) => c.path.includes('/export'));
    expect(get?.path).toBe(`${BASE}/${DRAFT.id}/export?format=csv&layout=single`);
    expect(get?.headers.get('Authorization')).toBe('Bearer A');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('imports only into drafts', async () => {
    backend(['tenant_admin'], () => json(500, {}), [PUBLISHED]);
    renderPage(<CatalogExchangePage />);
    expect(
      await screen.findByText('只能导入到草稿版本。请选择草稿，或在“标准目录”中新建草稿。'),
    ).toBeTruthy();
    await waitFor(() => expect(document.querySelector('input[type="file"]')).toBeNull());
  });
});
