import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssignmentMatrix } from '../../api/types';
import { item, TENANT, version } from '../../test/catalogFixtures';
import { fakeBackend, json, problem, type Call } from '../../test/fakeBackend';
import { meWith, renderPage } from '../../test/renderPage';
import CatalogMatrixPage from '.';

const DRAFT = version(2);
const BASE = `/tenants/${TENANT}/catalog/versions`;
const ITEM = item(1);

const MATRIX: AssignmentMatrix = {
  units: [
    { id: 'u-edu', name: '南明区教育局', kind: 'department' },
    { id: 'u-civ', name: '南明区民政局', kind: 'department' },
  ],
  rows: [
    { item_id: ITEM.id, seq: 1, domain: '国土空间规划', label: '公共服务 / 法规文件', org_unit_ids: ['u-civ'] },
    { item_id: item(2).id, seq: 2, domain: '社会救助', label: '低保', org_unit_ids: [] },
  ],
};

function backend(roles: string[], put: (call: Call) => Response, versions = [DRAFT]) {
  return fakeBackend({
    'GET /auth/me': () => json(200, meWith(roles as never)),
    [`GET ${BASE}`]: () => json(200, { items: versions, next_cursor: null }),
    [`GET ${BASE}/${versions[0]?.id}/matrix`]: () => json(200, MATRIX),
    [`PUT ${BASE}/${DRAFT.id}/items/${ITEM.id}/assignments`]: put,
  });
}

const cell = (unit: string) => screen.getByLabelText(`国土空间规划 / 公共服务 / 法规文件 · ${unit}`) as HTMLInputElement;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('责任分解矩阵 page', () => {
  it('ticks a unit: PUTs the whole new assignment of the item', async () => {
    const { calls } = backend(['tenant_admin'], (call) =>
      json(200, { ...ITEM, org_unit_ids: (call.body as { org_unit_ids: string[] }).org_unit_ids }),
    );
    renderPage(<CatalogMatrixPage />);
    await screen.findByText('公共服务 / 法规文件');
    expect(cell('南明区民政局').checked).toBe(true);
    expect(cell('南明区教育局').checked).toBe(false);
    expect(screen.getByText('1 个事项尚未分配责任单位')).toBeTruthy();

    await userEvent.setup().click(cell('南明区教育局'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ org_unit_ids: ['u-civ', 'u-edu'] });
    await waitFor(() => expect(cell('南明区教育局').checked).toBe(true));
    await waitFor(() => expect(cell('南明区教育局').disabled).toBe(false));
  });

  it('unticks a unit, and puts the cell back when the server refuses', async () => {
    const { calls } = backend(['tenant_admin'], () => problem(409, '数据冲突', 'catalog_version_frozen', '第2版已发布，不能修改'));
    renderPage(<CatalogMatrixPage />);
    await screen.findByText('公共服务 / 法规文件');
    await userEvent.setup().click(cell('南明区民政局'));
    expect(await screen.findByText('第2版已发布，不能修改')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ org_unit_ids: [] });
    await waitFor(() => expect(cell('南明区民政局').checked).toBe(true));
  });

  it('is read-only for editors', async () => {
    backend(['editor'], () => json(500, {}));
    renderPage(<CatalogMatrixPage />);
    await screen.findByText('公共服务 / 法规文件');
    expect(cell('南明区教育局').disabled).toBe(true);
    expect(screen.getAllByText('只读').length).toBeGreaterThan(0);
  });

  it('is read-only on a published version, for admins too', async () => {
    backend(['tenant_admin'], () => json(500, {}), [version(1, { status: 'published' })]);
    renderPage(<CatalogMatrixPage />);
    await screen.findByText('公共服务 / 法规文件');
    expect(cell('南明区教育局').disabled).toBe(true);
    expect(screen.getByText('第1版已发布，不能再修改；如需调整请新建草稿。')).toBeTruthy();
  });
});
