// Roles and what they may do in the console. The route table (routes.tsx) lists, per page,
// the roles allowed to see it; the functions below answer the finer questions pages ask.

export const ROLES = [
  'platform_admin',
  'supervisor',
  'tenant_admin',
  'editor',
  'reviewer',
  'handler',
  'api_client',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: '平台管理员',
  supervisor: '监督员',
  tenant_admin: '政务公开管理员',
  editor: '信息编辑',
  reviewer: '审核员',
  handler: '办理人员',
  api_client: '接口客户端',
};

/**
 * Roles a tenant's user account can be given in 用户管理 (platform admins and supervisors
 * belong to no tenant; api_client is for client-credentials integrations).
 */
export const ASSIGNABLE_ROLES: readonly Role[] = ['tenant_admin', 'editor', 'reviewer', 'handler'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The Chinese name of a role; unknown roles are shown as they are. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

export function hasAnyRole(userRoles: readonly string[], allowed: readonly Role[]): boolean {
  return userRoles.some((role) => (allowed as readonly string[]).includes(role));
}

/** Roles that may create and edit a tenant's org units and users. */
export const REGISTRY_WRITERS: readonly Role[] = ['platform_admin', 'tenant_admin'];

export function canManageRegistry(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, REGISTRY_WRITERS);
}

/** Everyone working in the console (API clients have no console). */
export const STAFF: readonly Role[] = ['platform_admin', 'supervisor', 'tenant_admin', 'editor', 'reviewer', 'handler'];

/**
 * Roles that compile and publish a tenant's standard catalog (the tenant's 政务公开 office;
 * platform admins too). Editors, reviewers, handlers and supervisors only read it.
 */
export const CATALOG_WRITERS: readonly Role[] = ['platform_admin', 'tenant_admin'];

export function canEditCatalog(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, CATALOG_WRITERS);
}
