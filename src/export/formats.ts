/** The export formats of `vanban normalize --format`, apart from json and ndjson (no writer loaded: the CLI reads these at start-up). */
export type ExportFormat = 'csv' | 'xlsx' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'md'];

/** Formats whose output is files in `--out` (csv can go to stdout). */
export const needsOut = (format: ExportFormat) => format !== 'csv';
