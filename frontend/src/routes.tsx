// The one route table: each entry is a page of the console, and drives the side menu, the
// page title (through its i18n key) and who may open it (`access`, the roles allowed).
import {
  ApartmentOutlined,
  BookOutlined,
  DiffOutlined,
  HomeOutlined,
  ProfileOutlined,
  SwapOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { hasAnyRole, ROLES, STAFF, type Role } from './access';
import { t, type I18nKey } from './i18n';

export interface AppRoute {
  /** Path under the console's base (/console/). */
  path: string;
  i18nKey: I18nKey;
  icon: ReactNode;
  component: ComponentType;
  /** Roles allowed to see the page (menu entry and route). */
  access: readonly Role[];
}

/** Who administers a tenant's registry (supervisors get read-only views). */
const REGISTRY_READERS: readonly Role[] = ['platform_admin', 'supervisor', 'tenant_admin'];

export const routes: readonly AppRoute[] = [
  {
    path: '/welcome',
    i18nKey: 'menu.welcome',
    icon: <HomeOutlined />,
    component: lazy(() => import('./pages/Welcome')),
    access: ROLES,
  },
  {
    path: '/standards',
    i18nKey: 'menu.standards',
    icon: <BookOutlined />,
    component: lazy(() => import('./pages/Standards')),
    access: STAFF,
  },
  // A tenant's standard catalog: every staff member reads it; tenant (and platform) admins
  // compile and publish it (access.ts canEditCatalog). No path is a prefix of another.
  {
    path: '/catalog/items',
    i18nKey: 'menu.catalog',
    icon: <ProfileOutlined />,
    component: lazy(() => import('./pages/CatalogItems')),
    access: STAFF,
  },
  {
    path: '/catalog/matrix',
    i18nKey: 'menu.catalogMatrix',
    icon: <TableOutlined />,
    component: lazy(() => import('./pages/CatalogMatrix')),
    access: STAFF,
  },
  {
    path: '/catalog/diff',
    i18nKey: 'menu.catalogDiff',
    icon: <DiffOutlined />,
    component: lazy(() => import('./pages/CatalogDiff')),
    access: STAFF,
  },
  {
    path: '/catalog/exchange',
    i18nKey: 'menu.catalogExchange',
    icon: <SwapOutlined />,
    component: lazy(() => import('./pages/CatalogExchange')),
    access: STAFF,
  },
  {
    path: '/org-units',
    i18nKey: 'menu.orgUnits',
    icon: <ApartmentOutlined />,
    component: lazy(() => import('./pages/OrgUnits')),
    access: REGISTRY_READERS,
  },
  {
    path: '/users',
    i18nKey: 'menu.users',
    icon: <TeamOutlined />,
    component: lazy(() => import('./pages/Users')),
    access: REGISTRY_READERS,
  },
];

export const HOME_PATH = '/welcome';

export function canAccess(route: AppRoute, roles: readonly string[]): boolean {
  return hasAnyRole(roles, route.access);
}

/** The routes a user with `roles` may open, in menu order. */
export function routesFor(roles: readonly string[], table: readonly AppRoute[] = routes): AppRoute[] {
  return table.filter((route) => canAccess(route, roles));
}

export type MenuItem = Required<MenuProps>['items'][number];

/** The side menu of a user with `roles`: keys are the route paths. */
export function menuItemsFor(roles: readonly string[], table: readonly AppRoute[] = routes): MenuItem[] {
  return routesFor(roles, table).map((route) => ({
    key: route.path,
    icon: route.icon,
    label: t(route.i18nKey),
  }));
}

/** The route a pathname (relative to the base) belongs to. */
export function findRoute(pathname: string, table: readonly AppRoute[] = routes): AppRoute | undefined {
  return table.find((route) => pathname === route.path || pathname.startsWith(`${route.path}/`));
}
