// Writes schema/vanban.schema.json from the zod schemas (through the built package).
import { writeFileSync } from 'node:fs';
import { jsonSchema } from '../dist/index.js';

const path = new URL('../schema/vanban.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
