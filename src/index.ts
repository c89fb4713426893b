export { parse, parseAsync, type ParseOptions, type SourceFormat } from './parse.js';
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
