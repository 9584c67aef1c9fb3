import { t } from '../../i18n';

export const ORG_UNIT_KINDS = ['department', 'office', 'township', 'other'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

const KIND_KEYS = {
  department: 'orgUnit.kind.department',
  office: 'orgUnit.kind.office',
  township: 'orgUnit.kind.township',
  other: 'orgUnit.kind.other',
} as const;

export function kindLabel(kind: string): string {
  return kind in KIND_KEYS ? t(KIND_KEYS[kind as OrgUnitKind]) : kind;
}

export const KIND_OPTIONS = ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));

/**
 * 统一社会信用代码 (GB 32100): 18 characters; the 3rd–8th are the division code digits, the
 * others digits or capital letters without I, O, S, V, Z. The server validates it too.
 */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const SORT_ORDER_MAX = 100000;
