import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from './json-schema.js';

describe('jsonSchema', () => {
  it('is what schema/vanban.schema.json holds (run `npm run schema` after changing the zod schemas)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/vanban.schema.json', import.meta.url), 'utf8'));
    expect(jsonSchema()).toEqual(committed);
  });

  it('defines the contract types by name', () => {
    const defs = Object.keys((jsonSchema().$defs ?? {}) as object);
    for (const name of ['Unit', 'Timeframe', 'Citation', 'Row', 'Appendix', 'Document', 'Section', 'Diagnostic']) {
      expect(defs).toContain(name);
    }
  });
});
