/** The version of the JSON contract (`schemaVersion` of every document); its schemas are in decision.ts. */
export const SCHEMA_VERSION = 1 as const;
