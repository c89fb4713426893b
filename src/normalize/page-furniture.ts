import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import type { LineNode } from '../tree.js';

/** `--- PAGE BREAK ---`, `-----Page 2-----`: the marker an OCR tool prints between pages. */
const PAGE_BREAK = /^[-=_*\s]{0,12}(?:PAGE\s{0,3}BREAK|Page\s{1,3}\d{1,4}|Trang\s{1,3}\d{1,4})[-=_*\s]{0,12}$/iu;
/** `CÔNG BÁO/Số 345 + 346/Ngày 20-4-2026`, with the page number before or after: the gazette's running header. */
const GAZETTE_HEADER =
  /^(?:\d{1,4}\s{1,8})?CÔNG\s{0,2}BÁO\s{0,3}\/\s{0,3}Số\s{0,3}\d{1,5}(?:\s{0,3}\+\s{0,3}\d{1,5}){0,3}\s{0,3}\/\s{0,3}Ngày\s{0,3}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{4}(?:\s{1,8}\d{1,4})?$/u;
const PAGE_NUMBER = /^(?:-\s{0,2})?\d{1,4}(?:\s{0,2}-)?$/u;
/** Most source lines between a page's furniture and its number (blank lines between them). */
const PAGE_NUMBER_LINES = 3;
/** `Quyết định số 40/QĐ-BHXH – Trang 5/12`: a running footer ending in the page's number of the pages' count. */
const PAGE_FOOTER = /(?:^|\s)Trang\s{0,2}\d{1,4}\s{0,2}\/\s{0,2}\d{1,4}$/u;
/** A front-matter line: an ASCII key and its value (`source: scan.pdf`), several when Markdown folded them into one line. */
const FRONT_MATTER_ENTRY = /^[a-z_][\w-]{0,30}:(?:\s|$)/u;
const FRONT_MATTER_FENCE = /^-{3}$/u;
const FRONT_MATTER_LINES = 60;
/** A running footer is a short line. */
const FOOTER_CHARS = 120;

type Kind = 'front matter' | 'page break' | 'gazette running header' | 'running footer' | 'page number';

function report(file: VFile, line: LineNode, kind: Kind): void {
  diagnose(file, 'info', 'page-furniture', `${kind} removed: "${line.value.slice(0, 80)}"`, line.position);
}

/** How many lines at the top are front matter: `---` / `key: value` … / `---`, or the line Markdown made of it. */
function frontMatterLength(lines: LineNode[]): number {
  const first = lines[0];
  if (!first) return 0;
  if (FRONT_MATTER_FENCE.test(first.value)) {
    for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_LINES); i++) {
      const v = lines[i]!.value;
      if (FRONT_MATTER_FENCE.test(v)) return i + 1;
      if (!FRONT_MATTER_ENTRY.test(v) && !/^\s*-\s/u.test(v) && v.trim() !== '') return 0;
    }
    return 0;
  }
  // Markdown reads "---" / "key: value" / "---" as a heading: one line that began on the second source line
  return first.position.start.line === 2 && FRONT_MATTER_ENTRY.test(first.value) ? 1 : 0;
}

/**
 * Pass: what a page carries that is not the document — YAML front matter an OCR tool put at the top,
 * its `--- PAGE BREAK ---` markers, the official gazette's running header (`CÔNG BÁO/Số …/Ngày …`),
 * a running footer that numbers the page (`… – Trang 5/12`) and the page number beside either. Each is removed and reported (`page-furniture`, with its place).
 */
export function pageFurniture(lines: LineNode[], file: VFile): LineNode[] {
  const skip = frontMatterLength(lines);
  for (const line of lines.slice(0, skip)) report(file, line, 'front matter');
  const out: LineNode[] = [];
  let afterBreak = false;
  let lastLine: number | null = null;
  const besideLast = (line: LineNode) => lastLine === null || Math.abs(line.position.start.line - lastLine) <= PAGE_NUMBER_LINES;
  for (let i = skip; i < lines.length; i++) {
    const line = lines[i]!;
    const kind: Kind | null = PAGE_BREAK.test(line.value)
      ? 'page break'
      : GAZETTE_HEADER.test(line.value)
        ? 'gazette running header'
        : line.value.length <= FOOTER_CHARS && PAGE_FOOTER.test(line.value)
          ? 'running footer'
          : null;
    if (kind) {
      // a page number printed just before the break or header belongs to the same page furniture
      const prev = out[out.length - 1];
      if (prev && PAGE_NUMBER.test(prev.value)) report(file, out.pop()!, 'page number');
      report(file, line, kind);
      afterBreak = true;
      lastLine = line.position.end.line;
      continue;
    }
    // beside it in the source too: lines a table took out of its cells come after the table
    if (afterBreak && PAGE_NUMBER.test(line.value) && besideLast(line)) {
      report(file, line, 'page number');
      continue;
    }
    afterBreak = false;
    out.push(line);
  }
  return out;
}
