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
