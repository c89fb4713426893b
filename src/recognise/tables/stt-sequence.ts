/**
 * Whether a numeric STT can follow the last one in a table: its next sibling ("1.2" → "1.3"), its
 * first child ("1" → "1.1"), the next number of an enclosing item ("1.2" → "2"), or a new count
 * ("1") under a new heading. A number that fits none ("50", "02" in a statistics column) is a cell.
 */
export function continuesNumbering(previous: string | null, candidate: string): boolean {
  const parts = candidate.split('.');
  if (previous === null) return parts.every((p) => !p.startsWith('0') || p === '0') || candidate === '01';
  if (candidate === '1' || candidate === '01') return true;
  const prev = previous.split('.');
  const padded = (n: number, like: string) => (like.length > 1 && like.startsWith('0') ? String(n).padStart(like.length, '0') : String(n));
  // first child
  if (parts.length === prev.length + 1 && candidate === `${previous}.1`) return true;
  // next sibling of the item or of one of its ancestors
  for (let depth = prev.length; depth >= 1; depth--) {
    if (parts.length !== depth) continue;
    const head = prev.slice(0, depth - 1);
    const last = prev[depth - 1]!;
    const next = padded(Number(last) + 1, last);
    if (parts.slice(0, depth - 1).join('.') === head.join('.') && parts[depth - 1] === next) return true;
  }
  return false;
}

const NUMBER_PARTS = /^\d{1,6}(?:\.\d{1,3}){0,4}$/u;

/**
 * Whether a numeric STT is the next sibling of the one before ("1" → "2", "1.2" → "1.3"): the two
 * are items of one level under one heading, so the one before heads nothing.
 */
export function isNextSibling(previous: string, candidate: string): boolean {
  if (!NUMBER_PARTS.test(previous) || !NUMBER_PARTS.test(candidate)) return false;
  const prev = previous.split('.');
  const parts = candidate.split('.');
  if (parts.length !== prev.length) return false;
  const last = prev.length - 1;
  return parts.slice(0, last).join('.') === prev.slice(0, last).join('.') && Number(parts[last]) === Number(prev[last]) + 1;
}

/**
 * Whether a numeric STT can follow the last one when a document skips an item (a draft's slip: "1"
 * then "1.2", "1.2" then "1.4"): the numbering goes on, or goes on past one number missing — a
 * child numbered 2 or a sibling two on. A number far off ("900", "1.800" after "1.2") is a cell.
 */
export function mayContinueNumbering(previous: string, candidate: string): boolean {
  if (continuesNumbering(previous, candidate)) return true;
  if (!NUMBER_PARTS.test(previous) || !NUMBER_PARTS.test(candidate)) return false;
  const parts = candidate.split('.');
  const last = Number(parts[parts.length - 1]);
  const parent = parts.slice(0, -1).join('.');
  if (parent === previous) return last === 2;
  const prev = previous.split('.');
  return parts.length === prev.length && parent === prev.slice(0, -1).join('.') && last === Number(prev[prev.length - 1]) + 2;
}

/** The STT of the item a numbered STT is under ("7.1" → "7"); a top-level number is its own ("7" → "7"). */
export const parentStt = (stt: string): string => stt.replace(/\.\d{1,3}$/u, '');
