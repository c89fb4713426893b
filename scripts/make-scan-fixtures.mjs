#!/usr/bin/env node
/**
 * Makes the scanned versions of the seed PDFs (fixtures/pdf/*.pdf) that the OCR tests read: each
 * page is rendered (pdf-parse's getScreenshot) at 150 dpi, then ImageMagick makes it look scanned —
 * grey, turned by a fraction of a degree, with sensor noise, a soft focus and JPEG artefacts (quality
 * 45) — and the
 * pages become a PDF of page images without any text layer (written here: Debian's ImageMagick may
 * not write PDF): fixtures/scan/NAME.pdf. The first two
 * pages of one seed also become a two-page black-and-white TIFF (fixtures/scan/NAME-p1-2.tiff, Group 4) for the TIFF
 * reader, and the first two pages of another a PDF whose second page is shaken (motion blur, heavy
 * noise: fixtures/scan/NAME-shaken.pdf) for the low-confidence warning. The files are committed; CI
 * does not run this script (`--only shaken` makes the shaken scan alone).
 *
 * `--excerpt PDF FIRST LAST NAME` scans pages FIRST..LAST of another PDF the same way into
 * fixtures/scan/NAME.pdf: `--excerpt fixtures/pages/pdf/2edf5927c71bc4c1.pdf 18 19 2629-qd-ttg-p18-19`,
 * a task table's page break under merged cells, from a saved page re-typeset (fixtures/pages/).
 *
 * Needs ImageMagick 6 (`apt-get install -y imagemagick`): node scripts/make-scan-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFParse } from 'pdf-parse';

const DPI = 150;
const JPEG_QUALITY = 45;
const TIFF_SEED = 'cv-09-bhxh-tdkt-2023';
/** The seed whose first two pages also make a scan with one page shaken (a photo taken moving), for the low-confidence warning. */
const SHAKEN_SEED = 'cv-09-bhxh-tdkt-2023';
// node scripts/make-scan-fixtures.mjs [--only shaken]: every fixture, or only the shaken scan
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const root = new URL('..', import.meta.url).pathname;
const seeds = join(root, 'fixtures/pdf');
const out = join(root, 'fixtures/scan');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'vanban-scan-'));

/** A turn of −0.8° … +0.8° that differs from page to page but is the same on every run. */
const angle = (name, page) => {
  let h = page * 2654435761;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (((h % 161) - 80) / 100).toFixed(2);
};

// Debian's ImageMagick policy forbids writing TIFF (and PDF); a policy of our own, for this run only, allows TIFF
writeFileSync(join(work, 'policy.xml'), '<policymap><policy domain="coder" rights="read|write" pattern="TIFF" /></policymap>\n');
const env = { ...process.env, MAGICK_CONFIGURE_PATH: work };
const magick = (...args) => execFileSync('convert', args, { stdio: ['ignore', 'ignore', 'inherit'], env });

/** A JPEG's size in pixels, from its start-of-frame marker. */
function jpegSize(jpg) {
  let at = 2;
  while (at < jpg.length) {
    const marker = jpg[at + 1];
    const length = jpg.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { width: jpg.readUInt16BE(at + 7), height: jpg.readUInt16BE(at + 5) };
    at += 2 + length;
  }
  throw new Error('no JPEG frame');
}

/** A PDF whose pages are the grey JPEG images as they are (DCTDecode, no re-encoding), at DPI. */
function imagePdf(jpegs) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const pagesId = 2;
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'), null);
  const kids = [];
  for (const jpg of jpegs) {
    const { width, height } = jpegSize(jpg);
    const [w, h] = [(width * 72) / DPI, (height * 72) / DPI].map((v) => v.toFixed(2));
    const image = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`), jpg, Buffer.from('\nendstream')]));
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    const content = add(Buffer.from(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`)));
  }
  objects[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let size = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The pages of a PDF (all, or FIRST..LAST) as scanned JPEG files, and the clean grey PNGs they were made from. */
async function scanPages(path, name, range = null) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)), verbosity: 0 });
  const shots = await parser.getScreenshot({ scale: DPI / 72, imageBuffer: true, imageDataUrl: false, ...(range ? { first: range[0], last: range[1] } : {}) });
  await parser.destroy();
  const pages = [];
  const clean = [];
  for (const shot of shots.pages) {
    const png = join(work, `${name}-${shot.pageNumber}.png`);
    writeFileSync(png, shot.data);
    const gray = join(work, `${name}-${shot.pageNumber}-gray.png`);
    magick(png, '-background', 'white', '-alpha', 'remove', '-colorspace', 'Gray', '-rotate', angle(name, shot.pageNumber), '+repage', gray);
    clean.push(gray);
    const jpg = join(work, `${name}-${shot.pageNumber}.jpg`);
    // sensor noise, a slightly soft focus and a greyish paper, then JPEG's block artefacts
    magick(gray, '-attenuate', '0.5', '+noise', 'Gaussian', '-blur', '0x0.6', '-level', '10%,95%', '-colorspace', 'Gray', '-quality', String(JPEG_QUALITY), jpg);
    pages.push(jpg);
  }
  return { pages, clean };
}

const excerpt = process.argv.includes('--excerpt') ? process.argv.slice(process.argv.indexOf('--excerpt') + 1, process.argv.indexOf('--excerpt') + 5) : null;

try {
  if (excerpt) {
    const [path, first, last, name] = excerpt;
    const { pages } = await scanPages(path, name, [Number(first), Number(last)]);
    writeFileSync(join(out, `${name}.pdf`), imagePdf(pages.map((p) => readFileSync(p))));
    process.stdout.write(`${name}: ${pages.length} pages\n`);
  } else for (const file of readdirSync(seeds).filter((f) => f.endsWith('.pdf')).sort()) {
    const name = basename(file, '.pdf');
    if (only === 'shaken' && name !== SHAKEN_SEED) continue;
    const { pages, clean } = await scanPages(join(seeds, file), name);
    if (name === SHAKEN_SEED) {
      // page 1 as scanned above; page 2 shaken: a motion blur across the lines, heavy noise, JPEG quality 30
      const shaken = join(work, `${name}-shaken.jpg`);
      magick(clean[1], '-motion-blur', '0x6+20', '-attenuate', '0.8', '+noise', 'Gaussian', '-colorspace', 'Gray', '-quality', '30', shaken);
      writeFileSync(join(out, `${name}-shaken.pdf`), imagePdf([readFileSync(pages[0]), readFileSync(shaken)]));
    }
    if (only === 'shaken') continue;
    writeFileSync(join(out, `${name}.pdf`), imagePdf(pages.map((p) => readFileSync(p))));
    if (name === TIFF_SEED) {
      // a fax-like TIFF: black and white, CCITT Group 4
      magick('-density', String(DPI), '-units', 'PixelsPerInch', ...clean.slice(0, 2), '-threshold', '60%', '-monochrome', '-compress', 'Group4', join(out, `${name}-p1-2.tiff`));
    }
    process.stdout.write(`${name}: ${pages.length} pages\n`);
  }
  const total = readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0);
  process.stdout.write(`fixtures/scan: ${(total / 1e6).toFixed(1)} MB\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
