import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineItem, ndjsonItems, readAll } from './stream-inputs.js';

describe('lineItem', () => {
  it('reads text and base64 documents', () => {
    expect(lineItem('{"name":"a.txt","text":"Điều 1."}', 'x:1')).toEqual({ label: 'x:1', name: 'a.txt', bytes: 'Điều 1.' });
    const bytes = Buffer.from('<p>Điều 1.</p>');
    const item = lineItem(JSON.stringify({ name: 'b.html', base64: bytes.toString('base64') }), 'x:2');
    expect('bytes' in item && Buffer.from(item.bytes).equals(bytes)).toBe(true);
  });

  it('says what is wrong with a bad line', () => {
    const error = (line: string) => {
      const item = lineItem(line, 'x:1');
      return 'error' in item ? item.error : null;
    };
    expect(error('{"name":')).toMatch(/^invalid-line: not JSON/);
    expect(error('[1]')).toMatch(/not a JSON object/);
    expect(error('{"text":"a"}')).toMatch(/no "name"/);
    expect(error('{"name":"a","text":"a","base64":"YQ=="}')).toMatch(/exactly one/);
    expect(error('{"name":"a","text":3}')).toMatch(/"text" is not a string/);
    expect(error('{"name":"a","base64":"not base64!"}')).toMatch(/"base64" is not base64/);
  });
});

describe('ndjsonItems', () => {
  it('gives each line its line number, skipping blank lines and CRLF', async () => {
    const stream = Readable.from(['{"name":"a","text":"x"}\r\n\r\n{"na', 'me":"b","text":"y"}\n{oops}\n']);
    const items = [];
    for await (const item of ndjsonItems(stream, 's')) items.push(item);
    expect(items.map((i) => [i.label, 'name' in i ? i.name : 'error'])).toEqual([
      ['s:1', 'a'],
      ['s:3', 'b'],
      ['s:4', 'error'],
    ]);
  });

  it('readAll joins the chunks', async () => {
    expect((await readAll(Readable.from([Buffer.from('ab'), Buffer.from('c')]))).toString()).toBe('abc');
  });
});
