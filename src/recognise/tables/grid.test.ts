import { describe, expect, it } from 'vitest';
import { expandGrid } from './grid.js';

const cell = (value: string, rowSpan?: number, colSpan?: number) => ({ value, rowSpan, colSpan });
const values = (grid: ReturnType<typeof expandGrid<string>>) => grid.map((row) => row.map((s) => (s ? `${s.value}${s.origin ? '' : `+${s.rowOffset}.${s.colOffset}`}` : '∅')));

describe('expandGrid', () => {
  it('fills the rows and columns a cell spans, marking its origin', () => {
    const grid = expandGrid([
      [cell('1'), cell('task'), cell('TST', 3), cell('2023')],
      [cell('2'), cell('task 2'), cell('2024')],
      [cell('I'), cell('group', 1, 3)],
    ]);
    expect(values(grid)).toEqual([
      ['1', 'task', 'TST', '2023'],
      ['2', 'task 2', 'TST+1.0', '2024'],
      ['I', 'group', 'TST+2.0', 'group+0.2'],
    ]);
  });
  it('pads short rows, clamps spans at the last row and reads rowspan 0 as "to the end"', () => {
    const grid = expandGrid([[cell('a', 0), cell('b')], [cell('c', 5)]]);
    expect(values(grid)).toEqual([
      ['a', 'b'],
      ['a+1.0', 'c'],
    ]);
    expect(values(expandGrid([[cell('a')], [cell('b'), cell('c')]]))).toEqual([
      ['a', '∅'],
      ['b', 'c'],
    ]);
  });
  it('keeps the first cell where an authoring error makes two overlap', () => {
    const grid = expandGrid([[cell('x'), cell('y', 2)], [cell('z', 1, 2)]]);
    expect(values(grid)).toEqual([
      ['x', 'y'],
      ['z', 'y+1.0'],
    ]);
  });
});
