import { describe, expect, it } from 'vitest';
import { defaultUnitRegistry } from '../registry/units.js';
import { cellReadings } from './cell-readings.js';
import { parseTimeframe } from './timeframe.js';
import { splitUnits } from './units.js';

describe('cellReadings', () => {
  const cells = ['Văn phòng, Ban Thu; Sở Y tế', 'Ban Quản lý Thu - Sổ, Thẻ', 'Trung tâm Công nghệ thông tin'];
  it('reads a cell as splitUnits does, once for each text', () => {
    const read = cellReadings(defaultUnitRegistry, '2023-05-10');
    for (const text of cells) expect(read.units(text)).toEqual(splitUnits(text, { registry: defaultUnitRegistry, date: '2023-05-10' }));
    expect(read.units(cells[0]!)).toBe(read.units(cells[0]!));
  });
  it('reads a period with the year it is asked with', () => {
    const read = cellReadings(defaultUnitRegistry, null);
    expect(read.timeframe('Quý II', 2023)).toEqual(parseTimeframe('Quý II', { year: 2023 }));
    expect(read.timeframe('Quý II', 2024)).toEqual(parseTimeframe('Quý II', { year: 2024 }));
    expect(read.timeframe('Quý II', 2023)).not.toEqual(read.timeframe('Quý II', 2024));
    expect(read.timeframe('Tháng 12/2023', null)).toBe(read.timeframe('Tháng 12/2023', null));
  });
});
