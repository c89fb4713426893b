/**
 * A memo of a pure one-string function, bounded in size: when it holds `limit` answers it starts
 * again empty, so a long batch never grows it without end. Used for the folds that every
 * recogniser asks of the same lines and cells (`foldKey`, `foldSpaces`, …).
 */
export function memoOfString<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  let answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = fn(text);
    if (answers.size >= limit) answers = new Map();
    answers.set(text, answer);
    return answer;
  };
}
