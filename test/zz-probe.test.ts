import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from '../src/index.js';
import { citationAndUnitMarks } from '../src/view/render.js';
import { visibleText, pageEncoding } from '../src/view/annotate.js';
it('probe', () => {
  const bytes = readFileSync('fixtures/html/qd-40-qd-bhxh-2023.html');
  const doc = parse(bytes, { name: 'x.html' });
  const marks = citationAndUnitMarks(doc);
  console.log(marks.length, marks.filter((m) => m.kind === 'citation').length);
  const html = new TextDecoder(pageEncoding(bytes).label).decode(bytes);
  const vis = visibleText(html);
  let miss = 0;
  for (const m of marks) {
    const w = [...doc.text.slice(m.start, m.end).normalize('NFD')].filter((c) => !/\s/u.test(c)).join('');
    if (!vis.chars.includes(w)) { if (miss++ < 8) console.log('absent', m.kind, JSON.stringify(doc.text.slice(m.start, m.end))); }
  }
  console.log('absent total', miss);
  const t = doc.text.split('\n'); console.log(t.slice(95, 100));
});
