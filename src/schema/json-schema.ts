import { z } from 'zod';
import { Decision, SCHEMA_VERSION } from './decision.js';

/** The JSON Schema (draft 2020-12) of vanban's output, generated from the zod schemas. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Decision, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: `https://vanban.dev/schema/v${SCHEMA_VERSION}.json`,
    ...schema,
  };
}
