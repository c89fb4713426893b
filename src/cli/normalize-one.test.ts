import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/fixtures.js';
import { parse } from '../index.js';
import { normalizeOne } from './normalize-one.js';

const QD_40 = new URL('qd-40-qd-bhxh-2023.txt', FIXTURES).pathname;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('normalizeOne', () => {
  it('reads a file by its path and gives the bytes the run writes: pretty JSON, or one line', async () => {
    const { readFileSync } = await import('node:fs');
    const expected = parse(readFileSync(QD_40), { name: 'qd-40-qd-bhxh-2023.txt' });
    const json = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'json' });
    const line = await normalizeOne({ path: QD_40, name: 'qd-40-qd-bhxh-2023.txt', output: 'ndjson' });
    if (!('bytes' in json) || !('bytes' in line)) throw new Error('no bytes');
    expect(decode(json.bytes)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(decode(line.bytes)).toBe(`${JSON.stringify(expected)}\n`);
    // its own ArrayBuffer, which a worker can hand over without taking other bytes along
    expect(json.bytes.byteOffset).toBe(0);
    expect(json.bytes.buffer.byteLength).toBe(json.bytes.byteLength);
    expect(json.stats).toMatchObject({ rows: 42, citations: expected.citations.length, diagnostics: expected.diagnostics.length });
    expect(json.stats.description).toBe(`decision 40/QĐ-BHXH 2023-01-18; 2 articles, 42 rows, ${expected.citations.length} citations, ${expected.diagnostics.length} diagnostics`);
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
