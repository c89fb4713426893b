/**
 * Memos of pure one-string functions, kept for one document: the folds and lookups that every
 * recogniser asks of the same lines, cells and unit names (`foldKey`, `foldSpaces`, a registry's
 * nearest alias, …) are computed once per document. `startDocument()` (called by the parser as each
 * document begins) makes every memo start again empty, so what one document read is never what
 * another is measured by, and a long batch never grows a memo; a memo is also bounded in size.
 */

let generation = 0;

/** A new document begins: every memo forgets what it holds (lazily, at its next use). */
export function startDocument(): void {
  generation++;
}

export function memoOfString<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  let answers = new Map<string, T>();
  let filledIn = generation;
  return (text: string): T => {
    if (filledIn !== generation) {
      answers = new Map();
      filledIn = generation;
    }
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = fn(text);
    if (answers.size >= limit) answers = new Map();
    answers.set(text, answer);
    return answer;
  };
}
