// 责任分解矩阵: items × org units. Pure helpers for the grid.
import type { AssignmentMatrix, MatrixRow } from '../api/types';

/**
 * The org units of an item after ticking (`checked`) or unticking one cell. Keeps the order of
 * the existing assignment and never duplicates a unit.
 */
export function toggleAssignment(current: readonly string[], unitId: string, checked: boolean): string[] {
  const without = current.filter((id) => id !== unitId);
  return checked ? [...without, unitId] : without;
}

/** The matrix with one row's org units replaced (the row answered by PUT …/assignments). */
export function withRowUnits(matrix: AssignmentMatrix, itemId: string, orgUnitIds: readonly string[]): AssignmentMatrix {
  return {
    ...matrix,
    rows: matrix.rows.map((row) => (row.item_id === itemId ? { ...row, org_unit_ids: [...orgUnitIds] } : row)),
  };
}

/** How many of `rows` each org unit is responsible for. */
export function unitCounts(rows: readonly MatrixRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const id of new Set(row.org_unit_ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Rows nobody is responsible for yet. */
export function unassignedRows(rows: readonly MatrixRow[]): MatrixRow[] {
  return rows.filter((row) => row.org_unit_ids.length === 0);
}

/** The key of one cell, for the "saving" state. */
export function cellKey(itemId: string, unitId: string): string {
  return `${itemId}:${unitId}`;
}
