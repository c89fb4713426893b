import words from '../registry/continuation-words.json';
import { LONE_STT, LETTERED_POINT, opensBlock } from '../text/markers.js';
import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';

const CONTINUATION_WORDS = new Set(words.words);
const STARTS_WITH_CLOSING = /^[,.;:!?)\]”’…]/u;
/**
 * A line of dots alone, or one that opens with a blank before a comma (the place of a form's
 * "……, ngày … tháng … năm …"): a form's blank to fill in ("7. Đề xuất, kiến nghị:" / "……"), a line of its own.
 */
const BLANK_TO_FILL = /^(?:[.…\s]{3,}$|[.…]{3,}\s{0,2},)/u;
const isBlankToFill = (line: LineNode | undefined): boolean => line !== undefined && BLANK_TO_FILL.test(line.value);
const ENDS_WITH_OPENING = /[(\[“‘]$/u;
/** A word is at most this many letters long (a longer run of letters ends in its last ones). */
const WORD_LETTERS = 12;
/** One letter where lastIndex is (sticky: tested in place, no piece of the line cut out). */
const LETTER_AT = /\p{L}/uy;
const PHRASE_ENDS = new Set(words.phraseEnds);
const LAST_TWO_WORDS = /\p{L}{1,12} \p{L}{1,12}$/u;
/** The text ends in a two-word phrase that ends a phrase although its last word joins ("tiếp theo"). */
const endsPhrase = (tail: string) => PHRASE_ENDS.has(LAST_TWO_WORDS.exec(tail)?.[0].toLowerCase() ?? '');
const HYPHEN_THEN_LOWER = /^[-–] \p{Ll}/u;

/** The depth of parentheses left open after `text`, from `depth` before it (a `)` with none open is no close). */
function parenthesisDepth(text: string, depth = 0): number {
  // by code unit: a parenthesis is never half of a surrogate pair, and a line is read without an iterator
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x28) depth++;
    else if (ch === 0x29 && depth > 0) depth--;
  }
  return depth;
}

/**
 * The letters `text` ends with, at most WORD_LETTERS code points ('' when it ends in no letter): what
 * `/\p{L}{1,12}$/u` finds, read back from the end — the pattern is tried at every place of the tail
 * and backtracks at each, and this is asked of every line of a page.
 */
function lastWord(text: string): string {
  let start = text.length;
  for (let letters = 0; letters < WORD_LETTERS && start > 0; letters++) {
    // a letter outside the BMP is a surrogate pair: step back over both halves
    const pair = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    const from = pair ? start - 2 : start - 1;
    LETTER_AT.lastIndex = from;
    if (!LETTER_AT.test(text)) break;
    start = from;
  }
  return text.slice(start);
}
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** How far back from its end a line is looked at: its last word and sign (keeps each test constant-time on long lines). */
const TAIL = 16;

/**
 * The joiner that glues `line` onto the line before it, or null when `line` starts a line of its own.
 * `prevTail` is the end of the line before, `prevDepth` the parentheses it leaves open.
 */
function joinerFor(prevTail: string, prevDepth: number, line: string): string | null {
  if (STARTS_WITH_CLOSING.test(line)) return '';
  if (ENDS_WITH_OPENING.test(prevTail)) return '';
  if (LONE_STT.test(line) || LETTERED_POINT.test(line)) return null;
  const ended = /[.;:!?]$/u.test(prevTail);
  // "kinh tế" / "- xã hội": a hyphen before a lower-case word continues a compound, it is no bullet
  if (HYPHEN_THEN_LOWER.test(line) && !ended) return ' ';
  // "(Kèm theo … BHXH Việt" / "Nam)": a parenthesis left open goes on
  if (prevDepth > 0 && !opensBlock(line)) return ' ';
  const last = lastWord(prevTail);
  if (last && CONTINUATION_WORDS.has(last) && !endsPhrase(prevTail) && !opensBlock(line)) return ' ';
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
  // the run of lines being glued: joined once it ends, so a long run costs its length, not its square
  let run: LineNode[] = [];
  let joiners: string[] = [];
  let tail = ''; // the run's text's end
  let depth = 0; // parentheses the run leaves open
  const flush = () => {
    if (run.length === 0) return;
    out.push(run.length === 1 ? run[0]! : joinRun(run, joiners));
    run = [];
    joiners = [];
  };
  for (const line of lines) {
    const prev = run[run.length - 1];
    const joiner = mayJoin(prev, line) && !isBlankToFill(line) && !isBlankToFill(prev) ? joinerFor(tail, depth, line.value) : null;
    if (prev && joiner !== null) {
      run.push(line);
      joiners.push(joiner);
      tail = `${tail}${joiner}${line.value.slice(-TAIL)}`.slice(-TAIL);
      depth = parenthesisDepth(line.value, depth);
    } else {
      flush();
      run = [line];
      tail = line.value.slice(-TAIL);
      depth = parenthesisDepth(line.value);
    }
  }
  flush();
  return out;
}

/** A run of lines as one, as `mergeLines` would make it pair by pair. */
function joinRun(run: LineNode[], joiners: string[]): LineNode {
  const parts: string[] = [run[0]!.value];
  for (let i = 1; i < run.length; i++) parts.push(joiners[i - 1]!, run[i]!.value);
  const merged = mergeLines(run[0]!, run[run.length - 1]!, '');
  merged.value = parts.join('');
  const removed = run.flatMap((l) => l.removed ?? []);
  if (removed.length) merged.removed = removed;
  else delete merged.removed;
  return merged;
}
