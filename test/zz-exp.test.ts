import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { recognizePage, terminateOcr } from '../src/sources/ocr-engine.js';
import { renderPages } from '../src/sources/pdf-document.js';
it('x', async () => {
  for await (const r of renderPages(new Uint8Array(readFileSync(process.env.PDF!)), process.env.PAGES!.split(',').map(Number), null)) {
    const o = await recognizePage(r.png, r);
    console.log(r.number, r.scale, o.width, o.height, JSON.stringify(o.tables.map((t) => ({ rows: t.rowRules.map(Math.round), cols: t.colRules.map(Math.round), h: t.hRules.map((h) => [h.at, h.from, h.to].map(Math.round)) }))));
  }
  await terminateOcr();
}, 300000);
