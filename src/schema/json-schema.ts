import { z } from 'zod';
import { SCHEMA_VERSION, VanbanDocument } from './decision.js';

/** The JSON Schema (draft 2020-12) of vanban's output, generated from the zod schemas. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(VanbanDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  // the root's earlier name, kept for consumers that refer to it
  defs.Decision = { $ref: '#/$defs/VanbanDocument', deprecated: true, description: 'The earlier name of VanbanDocument' };
  return {
    $id: `https://vanban.dev/schema/v${SCHEMA_VERSION}.json`,
    ...schema,
    $defs: defs,
  };
}
