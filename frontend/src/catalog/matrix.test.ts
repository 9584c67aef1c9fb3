import { describe, expect, it } from 'vitest';
import type { AssignmentMatrix } from '../api/types';
import { toggleAssignment, unassignedRows, unitCounts, withRowUnits } from './matrix';

const matrix: AssignmentMatrix = {
  units: [
    { id: 'u1', name: '教育局', kind: 'department' },
    { id: 'u2', name: '民政局', kind: 'department' },
  ],
  rows: [
    { item_id: 'i1', seq: 1, domain: '社会救助', label: '低保', org_unit_ids: ['u2'] },
    { item_id: 'i2', seq: 2, domain: '社会救助', label: '特困', org_unit_ids: [] },
    { item_id: 'i3', seq: 3, domain: '义务教育', label: '招生', org_unit_ids: ['u1', 'u2'] },
  ],
};

describe('责任分解矩阵', () => {
  it('ticks a unit onto the end of the assignment, once', () => {
    expect(toggleAssignment(['u2'], 'u1', true)).toEqual(['u2', 'u1']);
    expect(toggleAssignment(['u1', 'u2'], 'u1', true)).toEqual(['u2', 'u1']);
    expect(toggleAssignment([], 'u1', true)).toEqual(['u1']);
  });

  it('unticks a unit and leaves the others in order', () => {
    expect(toggleAssignment(['u1', 'u2', 'u3'], 'u2', false)).toEqual(['u1', 'u3']);
    expect(toggleAssignment(['u1'], 'u9', false)).toEqual(['u1']);
  });

  it('replaces one row without touching the others', () => {
    const next = withRowUnits(matrix, 'i2', ['u1']);
    expect(next.rows.map((r) => r.org_unit_ids)).toEqual([['u2'], ['u1'], ['u1', 'u2']]);
    expect(matrix.rows[1]?.org_unit_ids).toEqual([]);
    expect(next.units).toBe(matrix.units);
  });

  it('counts items per unit and finds unassigned items', () => {
    expect(Object.fromEntries(unitCounts(matrix.rows))).toEqual({ u1: 1, u2: 2 });
    expect(unassignedRows(matrix.rows).map((r) => r.item_id)).toEqual(['i2']);
  });
});
