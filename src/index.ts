export { parse, type ParseOptions } from './parse.js';
export { VanbanError, isVanbanError, type VanbanErrorCode } from './errors.js';
export { jsonSchema } from './schema/json-schema.js';
export * from './schema/decision.js';
