/**
 * The four saved task-table pages of the corpus (../shared/corpus/tables/*.md, 299 rows transcribed by
 * hand in tables.json) re-typeset as a publishing site's HTML, a GFM Markdown export, and a Word file
 * and its PDF (fixtures/pages/, made by `node scripts/make-format-fixtures.mjs --out fixtures/pages
 * ../shared/corpus/tables/*.md`): long tables of six to eight columns running over many pages, group
 * headings across the width, merged cells over sub-rows, rows the page breaks cut. Every rendition
 * reads the rows the saved page reads, cell for cell, and as many rows as the hand transcription holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Decision, parse, parseAsync, terminateOcr } from '../src/index.js';

const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const PAGES = new URL('../fixtures/pages/', import.meta.url).pathname;
const hasCorpus = existsSync(join(CORPUS, 'tables.json'));
afterAll(() => terminateOcr());

const NAMES = ['192068354fd1ffe5', '2edf5927c71bc4c1', '646f0a00d4174382', '74e2ddc7b11340da'];
const FORMATS = ['html', 'md', 'pdf', 'docx'] as const;

/** A row as the scorer compares it: STT, the task's opening, the units as printed, time and product. */
function rowsOf(doc: Decision) {
  return doc.appendices.flatMap((a) =>
    a.rows.map((r) => ({
      stt: r.stt,
      task: r.task.replace(/\s+/gu, ' ').slice(0, 60),
      lead: r.lead.map((u) => u.text),
      partners: r.partners.map((u) => u.text),
      time: r.timeText,
      product: r.product,
    })),
  );
}

describe.runIf(hasCorpus)('saved task-table pages re-typeset in other formats', () => {
  const gold = hasCorpus ? (JSON.parse(readFileSync(join(CORPUS, 'tables.json'), 'utf8')).documents as Record<string, { tables: Array<{ rows: unknown[] }> }>) : {};
  const page = (name: string) => parse(readFileSync(join(CORPUS, 'tables', `${name}.md`)), { name: `${name}.md` });

  describe.each(NAMES)('%s', (name) => {
    const want = hasCorpus ? rowsOf(page(name)) : [];
    it('the saved page reads as many rows as the hand transcription holds', () => {
      const transcribed = gold[`${name}.md`]!.tables.reduce((n, t) => n + t.rows.length, 0);
      expect(want).toHaveLength(transcribed);
    });
    it.each(FORMATS)('its %s rendition reads the same rows, cell for cell', async (format) => {
      const bytes = readFileSync(join(PAGES, format, `${name}.${format}`));
      const doc = await parseAsync(bytes, { name: `${name}.${format}` });
      expect(rowsOf(doc)).toEqual(want);
    });
  });

  it('says a corrected unit name once a document, not at each row that prints it', () => {
    // Phụ lục I of 2530/QĐ-TTg prints "UBND các tỉnh/ thành phố" in some twenty rows
    const doc = page('646f0a00d4174382');
    const corrected = doc.diagnostics.filter((d) => d.code === 'corrected-unit').map((d) => d.message);
    expect(corrected.some((m) => m.startsWith('"UBND các tỉnh/ thành phố"'))).toBe(true);
    expect(new Set(corrected).size).toBe(corrected.length);
  });
});
