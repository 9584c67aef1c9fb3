import { Select } from 'antd';
import type { CatalogVersion } from '../api/types';
import { t } from '../i18n';
import { VERSION_STATUS_LABELS } from './elements';

export function versionLabel(version: Pick<CatalogVersion, 'number' | 'status'>): string {
  return `${t('catalog.version.number', { number: version.number })}（${VERSION_STATUS_LABELS[version.status]}）`;
}

/** Picks one of a tenant's catalog versions (newest first). */
export default function VersionSelect({
  versions,
  value,
  onChange,
  loading,
  ariaLabel,
  allowClear,
  placeholder,
  width = 200,
}: {
  versions: readonly CatalogVersion[];
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  loading?: boolean;
  ariaLabel?: string;
  allowClear?: boolean;
  placeholder?: string;
  width?: number;
}) {
  return (
    <Select
      aria-label={ariaLabel ?? t('catalog.version.select')}
      style={{ width }}
      loading={loading}
      allowClear={allowClear}
      placeholder={placeholder ?? t('catalog.version.select')}
      value={value ?? undefined}
      onChange={(id?: string) => onChange(id ?? null)}
      options={versions.map((version) => ({ value: version.id, label: versionLabel(version) }))}
    />
  );
}
