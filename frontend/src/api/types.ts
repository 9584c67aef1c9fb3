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

// --- standard catalog: reference data (domains, national standards, provincial baselines) ---

export type Domain = JsonOf<Paths['/domains']['get']['responses'][200]>[number];
export type Standard = JsonOf<Paths['/standards']['get']['responses'][200]>[number];
export type StandardItemPage = JsonOf<Paths['/standards/{standard_id}/items']['get']['responses'][200]>;
export type StandardItem = StandardItemPage['items'][number];
export type Baseline = JsonOf<Paths['/baselines']['get']['responses'][200]>[number];
export type BaselineItemPage = JsonOf<Paths['/baselines/{baseline_id}/items']['get']['responses'][200]>;
export type BaselineItem = BaselineItemPage['items'][number];

// --- a tenant's catalog ---

type CatalogPrefix = '/tenants/{tenant_id}/catalog';

export type CatalogVersionPage = JsonOf<Paths[`${CatalogPrefix}/versions`]['get']['responses'][200]>;
export type CatalogVersion = CatalogVersionPage['items'][number];
export type CatalogVersionStatus = CatalogVersion['status'];
export type CatalogVersionCreate = BodyOf<Paths[`${CatalogPrefix}/versions`]['post']>;

export type CatalogItemPage = JsonOf<Paths[`${CatalogPrefix}/versions/{version_id}/items`]['get']['responses'][200]>;
export type CatalogItem = CatalogItemPage['items'][number];
export type CatalogItemQuery = NonNullable<Paths[`${CatalogPrefix}/versions/{version_id}/items`]['get']['parameters']['query']>;
export type CatalogItemCreate = BodyOf<Paths[`${CatalogPrefix}/versions/{version_id}/items`]['post']>;
export type CatalogItemUpdate = BodyOf<Paths[`${CatalogPrefix}/versions/{version_id}/items/{item_id}`]['patch']>;
export type BulkAssign = BodyOf<Paths[`${CatalogPrefix}/versions/{version_id}/assignments:bulk`]['post']>;
export type BulkAssignMode = NonNullable<BulkAssign['mode']>;

export type AssignmentMatrix = JsonOf<Paths[`${CatalogPrefix}/versions/{version_id}/matrix`]['get']['responses'][200]>;
export type MatrixUnit = AssignmentMatrix['units'][number];
export type MatrixRow = AssignmentMatrix['rows'][number];

export type VersionDiff = JsonOf<Paths[`${CatalogPrefix}/diff`]['get']['responses'][200]>;
export type ItemDiff = VersionDiff['items'][number];
export type FieldChange = ItemDiff['changes'][number];

export type CatalogChangePage = JsonOf<Paths[`${CatalogPrefix}/versions/{version_id}/changes`]['get']['responses'][200]>;
export type CatalogChange = CatalogChangePage['items'][number];

export type ImportSummary = JsonOf<Paths[`${CatalogPrefix}/versions/{version_id}/import`]['post']['responses'][200]>;
export type ExportFormat = NonNullable<
  NonNullable<Paths[`${CatalogPrefix}/versions/{version_id}/export`]['get']['parameters']['query']>['format']
>;
export type ExportLayout = NonNullable<
  NonNullable<Paths[`${CatalogPrefix}/versions/{version_id}/export`]['get']['parameters']['query']>['layout']
>;

export type Audience = CatalogItem['audience'];
export type Mode = CatalogItem['mode'];
export type Level = CatalogItem['levels'][number];
export type ItemSource = CatalogItem['source'];
