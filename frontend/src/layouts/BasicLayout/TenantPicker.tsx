import { Button, Divider, Select } from 'antd';
import { useCallback } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import { PAGE_SIZE, type Tenant } from '../../api/types';
import { useActiveTenant } from '../../auth/ActiveTenantProvider';
import { useApiError } from '../../hooks/useApiError';
import { useCursorList } from '../../hooks/useCursorList';
import { t } from '../../i18n';

export function tenantLabel(tenant: { name: string; division_code: string }): string {
  return `${tenant.name}（${tenant.division_code}）`;
}

/** For users without a tenant: which tenant's registry to manage (GET /tenants). */
export default function TenantPicker() {
  const { tenant, pick } = useActiveTenant();
  const showError = useApiError();
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(catalogApi.GET('/tenants', { params: { query: { limit: PAGE_SIZE, cursor } } })),
    [],
  );
  const tenants = useCursorList<Tenant>('tenants', fetchPage, showError);

  const options = tenants.items.map((item) => ({
    value: item.id,
    label: tenantLabel(item) + (item.active ? '' : '（已停用）'),
  }));
  if (tenant && !tenants.items.some((item) => item.id === tenant.id)) {
    options.unshift({ value: tenant.id, label: tenantLabel(tenant) });
  }

  return (
    <Select
      aria-label={t('header.tenantPicker')}
      style={{ width: 300 }}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={t('header.tenantPicker')}
      loading={tenants.loading}
      value={tenant?.id}
      options={options}
      onChange={(id?: string) => pick(tenants.items.find((item) => item.id === id) ?? null)}
      popupRender={(menu) => (
        <>
          {menu}
          {tenants.hasMore && (
            <>
              <Divider style={{ margin: '4px 0' }} />
              <Button type="link" block loading={tenants.loadingMore} onClick={() => void tenants.loadMore()}>
                {t('common.loadMore')}
              </Button>
            </>
          )}
        </>
      )}
    />
  );
}
