import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// The development corpus lives beside the repository (../shared), as it does in CI.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const hasCorpus = existsSync(join(CORPUS, 'silver.json'));
const pages = hasCorpus
  ? ['input', 'tables'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.md')).map((f) => join(d, f)))
  : [];

/**
 * The "Nơi nhận:" block as the page prints it (Decree 30/2020/NĐ-CP, Appendix I): one "- " line opens
 * each recipient, "- Lưu: …" ends the list. Read from the raw page, apart from vanban's reading.
 */
function printedBlock(page: string): { items: number; archiveLine: string } | null {
  const lines = page.split('\n').map((l) => l.replace(/\*/g, '').trim());
  const start = lines.findIndex((l) => /^Nơi nhận:?$/u.test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^-\s*Lưu\b/u.test(l));
  if (end < 0) return null;
  return { items: lines.slice(start + 1, end).filter((l) => /^-/u.test(l)).length, archiveLine: lines[end]! };
}

describe.runIf(hasCorpus)('the closing of the corpus pages: recipients and archive', () => {
  const withBlock = pages.flatMap((f) => {
    const block = printedBlock(readFileSync(join(CORPUS, f), 'utf8'));
    return block ? [[f, block] as const] : [];
  });

  it('finds a "Nơi nhận:" block ending in "- Lưu" on most pages', () => {
    expect(withBlock.length).toBeGreaterThanOrEqual(20);
  });

  it.each(withBlock)('%s: one recipient per printed item, wrapped items whole, the archive read', (f, block) => {
    const doc = parse(readFileSync(join(CORPUS, f)), { name: f });
    expect(doc.document.recipients).toHaveLength(block.items);
    // a wrapped item is one recipient: none is cut at a line's end before its ";"
    for (const r of doc.document.recipients) expect(r).not.toMatch(/,$/u);
    const { archive } = doc.document;
    expect(archive.length).toBeGreaterThan(0);
    const printed = block.archiveLine.replace(/_/g, ' ');
    for (const code of archive) {
      expect(printed).toContain(code);
      // neither the word "Lưu", nor the count of copies, nor the drafter's mark ("(2) Tuynh", "N.Đ.Minh")
      expect(code).not.toMatch(/^Lưu|\([^)]*\d|\s{2}|^(?:\p{Lu}\.)+\p{Lu}\p{Ll}/u);
    }
  });
});
