import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download';

describe('export file names', () => {
  it('prefers the UTF-8 name of RFC 6266', () => {
    const header =
      "attachment; filename=catalog.xlsx; filename*=UTF-8''%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80%E4%BA%8B%E9%A1%B9%E6%A0%87%E5%87%86%E7%9B%AE%E5%BD%95-520102000000-%E7%AC%AC1%E7%89%88.xlsx";
    expect(filenameFromDisposition(header, 'x')).toBe('政务公开事项标准目录-520102000000-第1版.xlsx');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(filenameFromDisposition('attachment; filename="catalog.csv"', 'x')).toBe('catalog.csv');
    expect(filenameFromDisposition('attachment; filename=catalog.json', 'x')).toBe('catalog.json');
    expect(filenameFromDisposition(null, 'catalog.xlsx')).toBe('catalog.xlsx');
    expect(filenameFromDisposition('attachment', 'catalog.xlsx')).toBe('catalog.xlsx');
  });
});
