// Export files need the bearer token, so they are fetched through the API client as a blob and
// then saved by the browser (an <a download> on an object URL).
import { catalogApi, unwrap } from '../api/client';
import type { ExportFormat, ExportLayout } from '../api/types';

/**
 * The file name of a Content-Disposition header: RFC 6266's `filename*=UTF-8''…` (the Chinese
 * name) when present, else `filename=`, else `fallback`.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : fallback;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GET …/export as a blob and its file name (`orgUnitId`: only that department's items). */
export async function fetchExport(
  tenantId: string,
  versionId: string,
  format: ExportFormat,
  layout: ExportLayout = 'per_domain',
  orgUnitId?: string | null,
): Promise<{ blob: Blob; filename: string }> {
  let disposition: string | null = null;
  const blob = await unwrap(
    catalogApi
      .GET('/tenants/{tenant_id}/catalog/versions/{version_id}/export', {
        params: { path: { tenant_id: tenantId, version_id: versionId }, query: { format, layout, org_unit_id: orgUnitId ?? undefined } },
        headers: { Accept: '*/*' },
        parseAs: 'blob',
      })
      .then((result) => {
        disposition = result.response.headers.get('Content-Disposition');
        return result;
      }),
  );
  return { blob: blob as Blob, filename: filenameFromDisposition(disposition, `catalog.${format}`) };
}

/** Downloads an export of a catalog version; returns the file name. */
export async function downloadExport(
  tenantId: string,
  versionId: string,
  format: ExportFormat,
  layout: ExportLayout = 'per_domain',
  orgUnitId?: string | null,
): Promise<string> {
  const { blob, filename } = await fetchExport(tenantId, versionId, format, layout, orgUnitId);
  saveBlob(blob, filename);
  return filename;
}
