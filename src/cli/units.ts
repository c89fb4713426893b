import { defaultUnitRegistry, type UnitEntry } from '../registry/units.js';

/** `vanban units`: the unit registry, one unit a line (or JSON), read by an optional date. */
export function unitsCommand(options: { json?: boolean; date?: string }): string {
  const entries = defaultUnitRegistry.entries.filter((e: UnitEntry) => {
    if (!options.date) return true;
    return (!e.validFrom || e.validFrom <= options.date) && (!e.validTo || e.validTo >= options.date);
  });
  if (options.json) return `${JSON.stringify(entries, null, 2)}\n`;
  const lines = entries.map((e: UnitEntry) => {
    const period = `${e.validFrom ?? '…'} → ${e.validTo ?? '…'}`;
    const aliases = e.aliases?.length ? `  (${e.aliases.join('; ')})` : '';
    return `${(e.id ?? '—').padEnd(8)} ${e.name}  [${period}]${aliases}`;
  });
  return `${lines.join('\n')}\n`;
}
