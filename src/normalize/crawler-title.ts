import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import { documentTypeByName } from '../registry/document-types.js';
import { foldSpaces } from '../text/fold.js';
import type { LineNode } from '../tree.js';

// "Công văn 627/BYT-BH năm 2021 về …", "Quyết định 40/QĐ-BHXH năm 2023 …": a type name, a number, a year
const TITLE_SENTENCE = /^(\p{Lu}\p{Ll}{0,10}(?: \p{Ll}{1,10}){0,3}) \d{1,6}[/-][\p{L}\p{N}/-]{1,40} năm \d{4}\s\p{L}/u;
const LEAD_LINES = 3;

/** The crawler's title sentence among the first lines, or null: a registry type name, a number and its year. */
function titleSentence(lines: LineNode[]): string | null {
  for (const line of lines.slice(0, LEAD_LINES)) {
    const m = TITLE_SENTENCE.exec(line.value);
    if (m && documentTypeByName(m[1]!)) return foldSpaces(line.value);
  }
  return null;
}

/**
 * Pass: a crawler of a legal-document site prints the page's title sentence first and again before
 * every article (`Công văn 627/BYT-BH năm 2021 về … do Bộ Y tế ban hành.` / `Điều 1. …`). The first
 * stays (it lies outside the document); each repetition is chrome, taken out of the line (or the
 * line dropped when it is all of it) and reported as `repeated-title`, never part of an article,
 * in every run of lines of the document, also those after a table.
 */
export function crawlerTitle(lines: LineNode[], file: VFile): LineNode[] {
  // the lines between two tables are cleaned as a run of their own: the title found in the document's
  // first run is kept on the file, so its repetitions after a table (before "Điều 3.") are known too
  const known = typeof file.data.crawlerTitle === 'string' ? file.data.crawlerTitle : null;
  const title = known ?? titleSentence(lines);
  if (!title) return lines;
  if (!known) file.data.crawlerTitle = title;
  let first = !known;
  const out: LineNode[] = [];
  for (const line of lines) {
    const v = foldSpaces(line.value);
    if (!v.startsWith(title)) {
      out.push(line);
      continue;
    }
    if (first) {
      first = false;
      out.push(line);
      continue;
    }
    diagnose(file, 'info', 'repeated-title', `the crawler's title sentence repeated here was left out: "${title.slice(0, 80)}"`, line.position);
    const rest = v.slice(title.length).trim();
    if (rest) out.push({ ...line, value: rest, removed: [...(line.removed ?? []), title] });
  }
  return out;
}
