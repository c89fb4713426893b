/**
 * Makes the format fixtures from the text seeds in fixtures/*.txt: for each seed, an HTML rendition
 * as such documents are published (fixtures/html/), a GFM Markdown rendition (fixtures/md/), and a
 * flat OpenDocument text that LibreOffice converts to PDF (fixtures/pdf/) and DOCX (fixtures/docx/).
 * Run with `node scripts/make-format-fixtures.mjs` (needs `soffice`, Debian package libreoffice-writer).
 * `node scripts/make-format-fixtures.mjs --out fixtures/pages ../shared/corpus/tables/*.md` re-typesets
 * the saved task-table pages of the corpus the same way (fixtures/pages/, test/page-renditions.test.ts);
 * fixtures/pages/layout/ holds `pdftotext -layout` of two of their PDFs (test/layout-text.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { buildModel } from './make-format-fixtures.model.js';
import { renderFodt, renderHtml, renderMarkdown } from './make-format-fixtures.render.js';

/** The repository: set by the launcher (the bundle runs from node_modules/.cache). */
const ROOT = process.env.VANBAN_ROOT ?? process.cwd();
const FIXTURES = join(ROOT, 'fixtures');
const LEGACY_CHARSET = 'windows-1258';
const RECOMPOSE = /([AEIOUYaeiouy])([\u0302\u0306\u031b])/gu;

/**
 * An HTML page as windows-1258 writes Vietnamese: base letters with their hat, breve or horn, tones
 * as combining marks; a character the code page lacks becomes a numeric character reference.
 */
function toWindows1258(html: string): Buffer {
  const chars = [...html.normalize('NFC')].map((ch) => {
    const prepared = ch.normalize('NFD').replace(RECOMPOSE, (pair) => pair.normalize('NFC'));
    const back = iconv.decode(iconv.encode(prepared, LEGACY_CHARSET), LEGACY_CHARSET).normalize('NFC');
    return back === ch ? prepared : `&#${ch.codePointAt(0)};`;
  });
  return iconv.encode(chars.join(''), LEGACY_CHARSET);
}

/**
 * `--out DIR FILE…`: renders the given seeds or saved pages (`.txt`, `.md`) into DIR/html, DIR/md,
 * DIR/pdf and DIR/docx, all in UTF-8 (test documents of those formats made from real pages);
 * without it, the seeds in fixtures/ into fixtures/.
 */
function targets(): { inputs: string[]; out: string } {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  if (at < 0) return { inputs: readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => join(FIXTURES, f)), out: FIXTURES };
  const out = args[at + 1]!;
  args.splice(at, 2);
  return { inputs: args, out };
}

function main(): void {
  const { inputs: seeds, out: OUT } = targets();
  for (const dir of ['html', 'md', 'pdf', 'docx']) mkdirSync(join(OUT, dir), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'vanban-fodt-'));
  try {
    seeds.forEach((seed, i) => {
      const name = basename(seed).replace(/\.(?:txt|md)$/u, '');
      const model = buildModel(seed, basename(seed));
      // one seed page is served in the legacy Vietnamese Windows code page, the others in UTF-8
      const charset = i === 0 && OUT === FIXTURES ? LEGACY_CHARSET : 'utf-8';
      const html = renderHtml(model, charset);
      writeFileSync(join(OUT, 'html', `${name}.html`), charset === 'utf-8' ? html : toWindows1258(html));
      writeFileSync(join(OUT, 'md', `${name}.md`), renderMarkdown(model));
      writeFileSync(join(work, `${name}.fodt`), renderFodt(model));
      console.log(`${seed}: html (${charset}), md, fodt`);
    });
    const fodts = readdirSync(work).filter((f) => f.endsWith('.fodt')).map((f) => join(work, f));
    const soffice = (target: string, inputs: string[]) =>
      execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', target, '--outdir', work, ...inputs], { stdio: 'inherit' });
    soffice('docx:MS Word 2007 XML', fodts);
    // the PDF is printed from the Word file: LibreOffice 7.4 prints a cell spanning rows that ends at
    // a page break wrongly from an ODF table (the span's rows on that page lose their cell and rules)
    soffice('pdf:writer_pdf_Export', fodts.map((f) => f.replace(/\.fodt$/u, '.docx')));
    for (const f of fodts) {
      const name = basename(f, '.fodt');
      copyFileSync(join(work, `${name}.pdf`), join(OUT, 'pdf', `${name}.pdf`));
      copyFileSync(join(work, `${name}.docx`), join(OUT, 'docx', `${name}.docx`));
    }
  } finally {
    if (!process.env.KEEP_FODT) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

main();
