import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import { GAZETTE_HEADER, isRunningFooter, PAGE_BREAK, PAGE_NUMBER } from '../text/page-marks.js';
import type { LineNode } from '../tree.js';

/** Most source lines between a page's furniture and its number (blank lines between them). */
const PAGE_NUMBER_LINES = 3;
/** A front-matter line: an ASCII key and its value (`source: scan.pdf`), several when Markdown folded them into one line. */
const FRONT_MATTER_ENTRY = /^[a-z_][\w-]{0,30}:(?:\s|$)/u;
const FRONT_MATTER_FENCE = /^-{3}$/u;
const FRONT_MATTER_LINES = 60;

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
        : isRunningFooter(line.value)
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
