import { describe, expect, it } from 'vitest';
import { dataColumnWidth, fitColumnWidths, headerWidth } from './column-widths';
import { columnPriority, priorityFits } from './viewport';

const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  const columns = [
    { preferred: 52, min: 52, fixed: true },
    { preferred: 300, min: 180 },
    { preferred: 200, min: 100 },
    { preferred: 180, min: 180, fixed: true },
  ];

  it('gives the preferred widths when the box is unknown (nothing laid out)', () => {
    expect(fitColumnWidths(columns, 0)).toEqual({ widths: [52, 300, 200, 180], tableWidth: 732 });
  });

  it('shares the room to spare among the data columns only, filling the box exactly', () => {
    const { widths, tableWidth } = fitColumnWidths(columns, 1000);
    expect(tableWidth).toBe(1000);
    expect(sum(widths)).toBe(1000);
    expect(widths[0]).toBe(52);
    expect(widths[3]).toBe(180);
    expect(widths[1]! / widths[2]!).toBeCloseTo(1.5, 1);
  });

  it('shrinks the data columns towards their minimum, in proportion to what each can spare', () => {
    const { widths, tableWidth } = fitColumnWidths(columns, 600);
    expect(tableWidth).toBe(600);
    expect(sum(widths)).toBe(600);
    expect(widths[1]).toBeGreaterThanOrEqual(180);
    expect(widths[2]).toBeGreaterThanOrEqual(100);
    expect(300 - widths[1]!).toBeCloseTo((200 - widths[2]!) * (120 / 100), -1);
  });

  it('never below the minimum: the table grows wider than its box and scrolls in it', () => {
    expect(fitColumnWidths(columns, 400)).toEqual({ widths: [52, 180, 100, 180], tableWidth: 512 });
  });

  it('a column is never narrower than its header, and the row header keeps room for a name', () => {
    const long = dataColumnWidth({ header: 'Shared project access', width: 100 }, 'wide');
    expect(long.min).toBe(headerWidth('Shared project access', true));
    expect(long.preferred).toBeGreaterThanOrEqual(long.min);
    expect(dataColumnWidth({ header: 'Name', rowHeader: true, width: 300 }, 'wide').min).toBe(180);
    expect(dataColumnWidth({ header: 'Name', rowHeader: true, width: 300 }, 'narrow').min).toBe(140);
    expect(dataColumnWidth({ header: 'Level', width: 150, minWidth: 140 }, 'wide').min).toBe(140);
    expect(headerWidth('Level', false)).toBeLessThan(headerWidth('Level', true));
  });
});

describe('column priorities', () => {
  it('the row header is 1, a column that says nothing 2', () => {
    expect(columnPriority({ rowHeader: true, priority: 3 })).toBe(1);
    expect(columnPriority({})).toBe(2);
    expect(columnPriority({ priority: 3 })).toBe(3);
  });

  it('1 always fits; 2 from 48rem; 3 from 64rem', () => {
    expect([1, 2, 3].map((p) => priorityFits(p as 1 | 2 | 3, 'narrow'))).toEqual([true, false, false]);
    expect([1, 2, 3].map((p) => priorityFits(p as 1 | 2 | 3, 'medium'))).toEqual([true, true, false]);
    expect([1, 2, 3].map((p) => priorityFits(p as 1 | 2 | 3, 'wide'))).toEqual([true, true, true]);
  });
});
