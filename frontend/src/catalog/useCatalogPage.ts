import { canEditCatalog } from '../access';
import type { CatalogVersion } from '../api/types';
import { useActiveTenant } from '../auth/ActiveTenantProvider';
import { useCurrentUser } from '../auth/CurrentUserProvider';
import { useApiError } from '../hooks/useApiError';
import { useCatalogVersions, useSelectedVersion } from './useCatalogVersions';

/** Whether `version` can be changed by someone whose role may edit catalogs: drafts only. */
export function isEditableVersion(version: Pick<CatalogVersion, 'status'> | null | undefined): boolean {
  return version?.status === 'draft';
}

/**
 * What every catalog page starts from: the active tenant, whether the user's role may edit the
 * catalog, the tenant's versions and the one selected in the URL (?version=).
 */
export function useCatalogPage() {
  const { user } = useCurrentUser();
  const { tenant } = useActiveTenant();
  const showError = useApiError();
  const tenantId = tenant?.id ?? null;
  const canEdit = canEditCatalog(user?.roles ?? []);
  const versions = useCatalogVersions(tenantId, showError);
  const { version, select, params } = useSelectedVersion(versions.versions);
  /** The selected version may be changed by this user now. */
  const editable = canEdit && isEditableVersion(version);
  return { tenant, tenantId, canEdit, editable, versions, version, select, params, showError };
}
