import { opensBlock } from '../text/markers.js';
import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';
import { isVietnameseSyllable } from './syllable.js';

const LONE_LETTER = /^\p{L}$/u;
const TAIL_WORD = /\p{L}{1,8}$/u;
const HEAD_WORD = /^\p{L}{1,8}/u;
const UPPER_ACRONYM_PIECE = /^\p{Lu}{2,7}$/u;

type Join = [left: string, right: string | null];

/**
 * How a lone letter joins its neighbours, or null when it stands alone (a section `I`, an STT `a`).
 * `left`/`right` are the joiners; `right` null leaves the next line alone.
 */
function joinFor(prev: string, letter: string, next: string | null): Join | null {
  const tail = TAIL_WORD.exec(prev)?.[0] ?? '';
  const head = next === null ? '' : (HEAD_WORD.exec(next)?.[0] ?? '');
  const nextJoin = next !== null && !opensBlock(next) ? (/^\p{L}/u.test(next) ? ' ' : '') : null;
  if (tail && head && isVietnameseSyllable(tail + letter + head)) return ['', ''];
  if (tail && isVietnameseSyllable(tail + letter) && prev.endsWith(tail)) {
    return ['', nextJoin];
  }
  if (head && isVietnameseSyllable(letter + head)) return [tail ? ' ' : '', ''];
  if (UPPER_ACRONYM_PIECE.test(tail) && !isVietnameseSyllable(tail) && letter === letter.toUpperCase()) {
    return ['', next !== null && /^\p{Ll}/u.test(next) ? ' ' : null];
  }
  return null;
}

/**
 * Pass: letters the scraper put on lines of their own go back into their words:
 * `đại bi` / `ể` / `u toàn` → `đại biểu toàn`; `BHX` / `H` / `các` → `BHXH các`; `s` / `ẽ` / `tác` → `sẽ tác`.
 * A letter that makes no syllable with its neighbours (an STT `I`, a point `a`) stays where it is.
 */
export function splitLetters(lines: LineNode[]): LineNode[] {
  const out: LineNode[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = out[out.length - 1];
    const next = lines[i + 1];
    if (!mayJoin(prev, line) || !LONE_LETTER.test(line.value)) {
      out.push(line);
      continue;
    }
    const usableNext = next && mayJoin(line, next) ? next : undefined;
    const join = joinFor(prev.value, line.value, usableNext?.value ?? null);
    if (!join) {
      out.push(line);
      continue;
    }
    let merged = mergeLines(prev, line, join[0]);
    if (usableNext && join[1] !== null) {
      merged = mergeLines(merged, usableNext, join[1]);
      i++;
    }
    out[out.length - 1] = merged;
  }
  return out;
}
