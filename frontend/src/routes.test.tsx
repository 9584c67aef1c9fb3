import { describe, expect, it } from 'vitest';
import { ROLES } from './access';
import { findRoute, menuItemsFor, routes, routesFor } from './routes';

function menuLabels(roles: string[]): string[] {
  return menuItemsFor(roles).map((item) => String((item as { label: string }).label));
}

const CATALOG_MENU = ['领域与标准', '标准目录', '责任分解矩阵', '版本对比', '导入导出'];

describe('route table → side menu', () => {
  it('shows the tenant admin every page of the console', () => {
    expect(menuLabels(['tenant_admin'])).toEqual(['首页', ...CATALOG_MENU, '组织机构', '用户管理']);
  });

  it('shows the platform admin and the supervisor the catalog and registry pages', () => {
    expect(menuLabels(['platform_admin'])).toEqual(['首页', ...CATALOG_MENU, '组织机构', '用户管理']);
    expect(menuLabels(['supervisor'])).toEqual(['首页', ...CATALOG_MENU, '组织机构', '用户管理']);
  });

  it('shows editors, reviewers and handlers the catalog (read only) but not the registry', () => {
    for (const role of ['editor', 'reviewer', 'handler']) {
      expect(menuLabels([role])).toEqual(['首页', ...CATALOG_MENU]);
    }
  });

  it('shows an API client no page but the home page', () => {
    expect(menuLabels(['api_client'])).toEqual(['首页']);
  });

  it('gives a user with several roles the union of what each allows', () => {
    expect(menuLabels(['editor', 'tenant_admin'])).toEqual(['首页', ...CATALOG_MENU, '组织机构', '用户管理']);
  });

  it('shows nothing to a user with no known role', () => {
    expect(menuLabels([])).toEqual([]);
    expect(menuLabels(['somebody_else'])).toEqual([]);
  });

  it('keys menu items by route path so the selected item follows the URL', () => {
    expect(menuItemsFor(['handler']).map((item) => item?.key)).toEqual([
      '/welcome',
      '/standards',
      '/catalog/items',
      '/catalog/matrix',
      '/catalog/diff',
      '/catalog/exchange',
    ]);
    expect(findRoute('/org-units')?.i18nKey).toBe('menu.orgUnits');
    expect(findRoute('/users/123')?.path).toBe('/users');
    expect(findRoute('/catalog/matrix')?.i18nKey).toBe('menu.catalogMatrix');
    expect(findRoute('/catalog')).toBeUndefined();
    expect(findRoute('/nowhere')).toBeUndefined();
  });

  it('has no route path that is a prefix of another (the menu would select the wrong page)', () => {
    for (const a of routes) {
      for (const b of routes) if (a !== b) expect(b.path.startsWith(`${a.path}/`)).toBe(false);
    }
  });

  it('only lists known roles in every route access list', () => {
    for (const route of routes) {
      expect(route.access.length).toBeGreaterThan(0);
      for (const role of route.access) expect(ROLES).toContain(role);
    }
    expect(routesFor(['reviewer']).map((route) => route.path)).toContain('/catalog/items');
  });
});
