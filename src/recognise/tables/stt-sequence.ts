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
