import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/fixtures.js';
import { parse } from '../index.js';
import { normalizeOne } from './normalize-one.js';

const QD_40 = new URL('qd-40-qd-bhxh-2023.txt', FIXTURES).pathname;

describe('normalizeOne', () => {
  it('reads a file by its path and gives the text the run writes: pretty JSON, or one line', async () => {
    const { readFileSync } = await import('node:fs');
    const expected = parse(readFileSync(QD_40), { name: 'qd-40-qd-bhxh-2023.txt' });
    const json = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'json' });
    const line = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'ndjson' });
    if (!('text' in json) || !('text' in line)) throw new Error('no text');
    expect(json.text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(line.text).toBe(`${JSON.stringify(expected)}\n`);
    expect(json.stats).toMatchObject({ rows: 42, citations: expected.citations.length, diagnostics: expected.diagnostics.length });
    expect(json.stats.description).toBe(`decision 40/QĐ-BHXH 2023-01-18; 2 articles, 42 rows, ${expected.citations.length} citations, ${expected.diagnostics.length} diagnostics`);
  });

  it('writes the JSON itself where it is told to, making the folder, and says which file; a file it cannot write fails alone', async () => {
    const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'vanban-one-'));
    try {
      const where = join(dir, 'sub', 'qd-40.json');
      const r = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'json', writeTo: where });
      expect(r).toMatchObject({ written: where, stats: { rows: 42 } });
      expect('writeError' in r).toBe(false);
      expect(JSON.parse(readFileSync(where, 'utf8')).document.number).toBe('40/QĐ-BHXH');
      // a file where its folder should be: the document was read, its output could not be written
      writeFileSync(join(dir, 'blocked'), '');
      const failed = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'json', writeTo: join(dir, 'blocked', 'qd-40.json') });
      expect(failed).toMatchObject({ written: join(dir, 'blocked', 'qd-40.json'), writeError: expect.stringMatching(/^E[A-Z]+/), stats: { rows: 42 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the document itself for the exporters', async () => {
    const r = await normalizeOne({ bytes: 'QUYẾT ĐỊNH\nĐiều 1. Quyết định này có hiệu lực từ ngày ký.\n', name: 'x.txt', output: 'document' });
    expect('doc' in r && r.doc.document.articles.length).toBe(1);
  });

  it('says why a document cannot be read, with the code, and never throws', async () => {
    expect(await normalizeOne({ path: '/nonexistent/x.txt', name: 'x.txt', output: 'json' })).toEqual({ error: expect.stringMatching(/^read-failed: ENOENT/) });
    expect(await normalizeOne({ bytes: '', name: 'empty.txt', output: 'json' })).toEqual({ error: expect.stringMatching(/^empty-input: /) });
  });
});
