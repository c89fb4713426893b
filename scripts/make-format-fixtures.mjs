#!/usr/bin/env node
// Bundles scripts/make-format-fixtures.ts (which reads the seeds with vanban's own modules) with
// esbuild and runs it: `node scripts/make-format-fixtures.mjs`. Needs LibreOffice (`soffice`).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const outfile = new URL('node_modules/.cache/vanban/make-format-fixtures.mjs', root).pathname;
mkdirSync(new URL('node_modules/.cache/vanban/', root), { recursive: true });
await build({
  entryPoints: [new URL('scripts/make-format-fixtures.ts', root).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.env.VANBAN_ROOT = new URL('.', root).pathname;
await import(outfile);
