// Entity types of the console, taken from the generated OpenAPI types by path and method
// (never by component schema names, which are the backend's to change).
import type { CatalogPaths } from './client';

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type BodyOf<Op> = Op extends { requestBody?: infer B }
  ? JsonOf<NonNullable<B>>
  : never;

type Paths = CatalogPaths;

export type LoginRequest = BodyOf<Paths['/auth/login']['post']>;
export type TokenPairResponse = JsonOf<Paths['/auth/login']['post']['responses'][200]>;
export type CurrentUser = JsonOf<Paths['/auth/me']['get']['responses'][200]>;
export type CurrentTenant = NonNullable<CurrentUser['tenant']>;

export type TenantPage = JsonOf<Paths['/tenants']['get']['responses'][200]>;
export type Tenant = TenantPage['items'][number];

export type OrgUnitPage = JsonOf<Paths['/tenants/{tenant_id}/org-units']['get']['responses'][200]>;
export type OrgUnit = OrgUnitPage['items'][number];
export type OrgUnitCreate = BodyOf<Paths['/tenants/{tenant_id}/org-units']['post']>;
export type OrgUnitUpdate = BodyOf<Paths['/tenants/{tenant_id}/org-units/{org_unit_id}']['patch']>;

export type UserPage = JsonOf<Paths['/tenants/{tenant_id}/users']['get']['responses'][200]>;
export type User = UserPage['items'][number];
export type UserCreate = BodyOf<Paths['/tenants/{tenant_id}/users']['post']>;
export type UserUpdate = BodyOf<Paths['/tenants/{tenant_id}/users/{user_id}']['patch']>;

/** The one list shape of every service. */
export interface CursorPage<T> {
  items: T[];
  next_cursor?: string | null;
}

export const PAGE_SIZE = 50;
