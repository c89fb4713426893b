import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // `@internal` members (the unit registry's lookup index) stay out of the published types
    dts: { compilerOptions: { stripInternal: true } },
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    // the worker threads of `vanban normalize` load their modules by their paths: dist/normalize-worker.js,
    // dist/listing-worker.js
    entry: { cli: 'src/cli/main.ts', 'normalize-worker': 'src/cli/normalize-worker.ts', 'listing-worker': 'src/cli/listing-worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
  },
]);
