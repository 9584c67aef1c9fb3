import { describe, expect, it } from 'vitest';
import { ROLES } from './access';
import { findRoute, menuItemsFor, routes, routesFor } from './routes';

function menuLabels(roles: string[]): string[] {
  return menuItemsFor(roles).map((item) => String((item as { label: string }).label));
}

describe('route table → side menu', () => {
  it('shows the tenant admin every page of the console', () => {
    expect(menuLabels(['tenant_admin'])).toEqual(['首页', '组织机构', '用户管理']);
  });

  it('shows the platform admin and the supervisor the registry pages', () => {
    expect(menuLabels(['platform_admin'])).toEqual(['首页', '组织机构', '用户管理']);
    expect(menuLabels(['supervisor'])).toEqual(['首页', '组织机构', '用户管理']);
  });

  it('hides the registry pages from editors, reviewers and handlers', () => {
    for (const role of ['editor', 'reviewer', 'handler']) {
      expect(menuLabels([role])).toEqual(['首页']);
    }
  });

  it('gives a user with several roles the union of what each allows', () => {
    expect(menuLabels(['editor', 'tenant_admin'])).toEqual(['首页', '组织机构', '用户管理']);
  });

  it('shows nothing to a user with no known role', () => {
    expect(menuLabels([])).toEqual([]);
    expect(menuLabels(['somebody_else'])).toEqual([]);
  });

  it('keys menu items by route path so the selected item follows the URL', () => {
    expect(menuItemsFor(['tenant_admin']).map((item) => item?.key)).toEqual(['/welcome', '/org-units', '/users']);
    expect(findRoute('/org-units')?.i18nKey).toBe('menu.orgUnits');
    expect(findRoute('/users/123')?.path).toBe('/users');
    expect(findRoute('/nowhere')).toBeUndefined();
  });

  it('only lists known roles in every route access list', () => {
    for (const route of routes) {
      expect(route.access.length).toBeGreaterThan(0);
      for (const role of route.access) expect(ROLES).toContain(role);
    }
    expect(routesFor(['tenant_admin']).map((route) => route.path)).toEqual(['/welcome', '/org-units', '/users']);
  });
});
