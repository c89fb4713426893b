import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

/** A stream that says it is a terminal, keeping what is written to it. */
function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 30 }) as unknown as NodeJS.WriteStream & { text: string };
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('createProgress on a terminal', () => {
  it('keeps every per-input line and the summary after the bar is gone', async () => {
    const t = terminal();
    const progress = createProgress(3, t.stream);
    progress.done('✓ a.txt → out/a.json: decision');
    progress.done('✗ b.txt: empty-input');
    progress.done('✓ c.txt → out/c.json: decision');
    progress.stop();
    progress.note('2 written, 1 failed');
    await new Promise((r) => setImmediate(r));
    const out = t.text();
    for (const line of ['✓ a.txt', '✗ b.txt', '✓ c.txt']) expect(out).toContain(line);
    // the summary comes after the bar's last clearing, so it stays on screen
    const lastClear = out.lastIndexOf('\u001b[0J');
    expect(out.lastIndexOf('2 written, 1 failed')).toBeGreaterThan(lastClear);
  });
});

describe('pages read by OCR', () => {
  it('a run of one scan gets a bar of its pages', async () => {
    const t = terminal();
    const progress = createProgress(1, t.stream);
    progress.pages?.('scan.pdf', 1, 3);
    progress.pages?.('scan.pdf', 2, 3);
    progress.done('✓ scan.pdf → out/scan.json: decision');
    progress.stop();
    await new Promise((r) => setImmediate(r));
    const out = t.text();
    expect(out).toMatch(/OCR .* page 2\/3 scan\.pdf/u);
    expect(out).toContain('✓ scan.pdf → out/scan.json');
  });
  it('a batch shows the scan’s page beside the count of inputs', async () => {
    const t = terminal();
    const progress = createProgress(2, t.stream);
    progress.done('✓ a.txt → out/a.json: decision');
    progress.pages?.('b.pdf', 4, 15);
    // the bar redraws at most every 100 ms (cli-progress's fps): the last update shows at stop
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(t.text()).toMatch(/1\/2 .*OCR b\.pdf page 4\/15/u);
  });
  it('off a terminal, pages print nothing', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    const progress = createProgress(1, stream);
    progress.pages?.('scan.pdf', 1, 3);
    progress.stop();
    expect(text).toBe('');
  });
});
