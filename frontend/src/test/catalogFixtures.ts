// Catalog entities as catalog-api returns them, for unit tests.
import type { CatalogItem, CatalogVersion } from '../api/types';

export const TENANT = '520102000000';

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function version(n: number, extra: Partial<CatalogVersion> = {}): CatalogVersion {
  return {
    id: uuid(1000 + n),
    tenant_id: TENANT,
    number: n,
    status: 'draft',
    baseline_id: uuid(900),
    based_on_id: null,
    note: '',
    created_by: 'nanming_admin',
    created_at: '2026-03-01T02:00:00Z',
    published_at: null,
    published_by: null,
    item_count: 2,
    version: 1,
    ...extra,
  };
}

export function item(n: number, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id: uuid(n),
    item_key: uuid(500 + n),
    catalog_version_id: uuid(1001),
    seq: n,
    domain_code: '01',
    domain: '国土空间规划',
    level1: '公共服务',
    level2: `事项${n}`,
    content: '城乡规划领域相关法律、法规、规章、规范性文件',
    basis: [{ title: '中华人民共和国城乡规划法', kind: '法律', number: null, article: null }],
    basis_text: '《中华人民共和国城乡规划法》',
    time_limit: '信息形成或者变更之日起20个工作日内',
    time_limit_rule: {},
    time_limit_description: '信息形成或变更之日起20个工作日内',
    time_limit_understood: true,
    time_limit_manual: false,
    needs_review: false,
    subject: '县自然资源局',
    channels: ['政府网站'],
    audience: '全社会',
    audience_note: '',
    mode: '主动',
    levels: ['县级'],
    source: 'baseline',
    standard_item_id: null,
    baseline_item_id: uuid(700 + n),
    custom_origin: '',
    org_unit_ids: [],
    version: 1,
    ...extra,
  };
}
