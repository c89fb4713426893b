import type { Citation } from '../schema/decision.js';
import { extractCitations, signKey } from './citations.js';

/** A letter or a digit: a mention found inside a longer word or number ("Nghị quyết 28" in "Nghị quyết 285") is none. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A sign going on after a mention's end: "Nghị định số 08/2022/NĐ" in "… 08/2022/NĐ-CP". */
const SIGN_GOES_ON = /^[-/.][\p{L}\p{N}]/u;

/** Where `needle` stands in `text` as whole words (and whole signs), or -1. */
function wholeIndexOf(text: string, needle: string): number {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const end = at + needle.length;
    const after = text[end];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)) && !SIGN_GOES_ON.test(text.slice(end, end + 2))) return at;
  }
  return -1;
}

/**
 * For a document's citations, the ids of those that a clause of it names (a legal basis: "Căn cứ Nghị định số
 * 151/2017/NĐ-CP … quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;"), in the
 * order the clause names them: the numbers read in the clause itself (a sign printed there without
 * its marks is the same citation), and the citations the whole document read that have a mention
 * printed in the clause — a law named by its name alone, a short name defined elsewhere.
 */
export function clauseCitationIds(citations: readonly Citation[]): (clause: string) => string[] {
  // the document's citations keyed once for all its clauses
  const byKey = new Map(citations.map((c) => [c.number ? signKey(c.number) : c.id, c.id]));
  return (clause) => idsIn(clause, citations, byKey);
}

function idsIn(clause: string, citations: readonly Citation[], byKey: ReadonlyMap<string, string>): string[] {
  const found: Array<{ at: number; id: string }> = [];
  for (const c of extractCitations(clause).citations) {
    const id = byKey.get(c.number ? signKey(c.number) : c.id);
    if (id !== undefined) found.push({ at: c.mentions[0]?.start ?? 0, id });
  }
  for (const c of citations) {
    for (const m of c.mentions) {
      const at = wholeIndexOf(clause, m.text);
      if (at >= 0) {
        found.push({ at, id: c.id });
        break;
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}
