export { parse, parseAsync, terminateOcr, type OcrMode, type ParseOptions, type SourceFormat } from './parse.js';
export { detectFormat } from './sources/detect.js';
export { VanbanError, isVanbanError, type VanbanErrorCode } from './errors.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { jsonSchema } from './schema/json-schema.js';
export * from './schema/decision.js';
export {
  createUnitRegistry,
  defaultUnitEntries,
  defaultUnitRegistry,
  type UnitEntry,
  type UnitRegistry,
  type UnitRegistryOptions,
} from './registry/units.js';
export { renderHtml, type RenderHtmlOptions } from './view/render.js';
export { documentToMarkdown } from './export/markdown.js';
export { tasksToCsv } from './export/csv.js';
export { tasksToXlsx, type XlsxOptions } from './export/xlsx.js';
export { TASK_COLUMNS, taskRecords, type TaskRecord } from './export/task-rows.js';
