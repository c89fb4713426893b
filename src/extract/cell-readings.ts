import type { UnitRegistry } from '../registry/units.js';
import type { Timeframe } from '../schema/decision.js';
import { memoOfString } from '../text/memo.js';
import { parseTimeframe } from './timeframe.js';
import { type SplitUnitsResult, splitUnits } from './units.js';

/**
 * One document's readings of cell texts, each text read once: as a unit list (`splitUnits` against
 * the registry on the document's date) and as a period (`parseTimeframe` with a year). The table
 * reader asks them of the same candidate cells many times while it places a row's lines, and the
 * rows are then compiled from the same cells. Made for one document; its answers are shared, so a
 * caller must not change them.
 */
export interface CellReadings {
  units(text: string): SplitUnitsResult;
  timeframe(text: string, year: number | null): Timeframe | null;
}

export function cellReadings(registry: UnitRegistry, date: string | null): CellReadings {
  const units = memoOfString((text) => splitUnits(text, { registry, date }));
  const byYear = new Map<number | null, (text: string) => Timeframe | null>();
  return {
    units,
    timeframe(text, year) {
      let read = byYear.get(year);
      if (!read) {
        read = memoOfString((t) => parseTimeframe(t, { year }));
        byYear.set(year, read);
      }
      return read(text);
    },
  };
}
