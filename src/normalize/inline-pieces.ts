import words from '../registry/continuation-words.json';
import { LONE_STT, LETTERED_POINT, opensBlock } from '../text/markers.js';
import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';

const CONTINUATION_WORDS = new Set(words.words);
const STARTS_WITH_CLOSING = /^[,.;:!?)\]”’…]/u;
const ENDS_WITH_OPENING = /[(\[“‘]$/u;
const LAST_WORD = /\p{L}{1,12}$/u;
const HYPHEN_THEN_LOWER = /^[-–] \p{Ll}/u;

function opensParenthesis(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The joiner that glues `line` onto `prev`, or null when `line` starts a line of its own. */
function joinerFor(prev: string, line: string): string | null {
  if (STARTS_WITH_CLOSING.test(line)) return '';
  if (ENDS_WITH_OPENING.test(prev)) return '';
  if (LONE_STT.test(line) || LETTERED_POINT.test(line)) return null;
  const ended = /[.;:!?]$/u.test(prev);
  // "kinh tế" / "- xã hội": a hyphen before a lower-case word continues a compound, it is no bullet
  if (HYPHEN_THEN_LOWER.test(line) && !ended) return ' ';
  // "(Kèm theo … BHXH Việt" / "Nam)": a parenthesis left open goes on
  if (opensParenthesis(prev) && !opensBlock(line)) return ' ';
  const last = LAST_WORD.exec(prev)?.[0];
  if (last && CONTINUATION_WORDS.has(last) && !opensBlock(line)) return ' ';
  if (/^\p{Ll}/u.test(line) && !ended) return ' ';
  return null;
}

/**
 * Pass: pieces that a page's inline links cut out of a sentence go back into it:
 * `Nghị quyết số` / `01/NQ-CP` / `ngày 06/01/2023` → one line; `Luật BHXH` / `,` → `Luật BHXH,`.
 * Lines that open a block (`1.`, `a)`, `- `, a lone STT) are never glued.
 */
export function inlinePieces(lines: LineNode[]): LineNode[] {
  const out: LineNode[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const joiner = mayJoin(prev, line) ? joinerFor(prev.value, line.value) : null;
    if (prev && joiner !== null) out[out.length - 1] = mergeLines(prev, line, joiner);
    else out.push(line);
  }
  return out;
}
