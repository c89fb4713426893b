import columns from '../../registry/table-columns.json';
import { foldKey } from '../../text/fold.js';
import { memoOfString } from '../../text/memo.js';
import { foldedPrefix } from '../vocabulary.js';

export type ColumnRole = 'stt' | 'task' | 'lead' | 'partners' | 'timeframe' | 'product';

const unspaced = (key: string) => key.replace(/ /g, '');
/** Longest header cell read with its spaces taken out: a short word a narrow column wrapped ("ST" / "T"). */
const WRAPPED_WORD_MAX = 8;

const ROLES = columns.roles.map((r) => ({
  role: r.role as ColumnRole,
  exact: new Set(r.exact.map(foldKey)),
  exactUnspaced: new Set(r.exact.map((w) => unspaced(foldKey(w)))),
  contains: r.contains.map(foldKey),
  startsWith: r.startsWith.map((w) => `${foldKey(w)} `),
}));

const NONE = columns.none.map(foldKey);
const TOTALS = columns.totals.map(foldKey);

/** A bullet a totals line may open with ("- Tổng số danh mục TTHC công bố:"). */
const BULLET = /^\s{0,3}[-+•–]\s{0,3}/u;

/** A totals row's text ("Tổng thời gian giải quyết TTHC", "Tổng cộng"): it opens with a word of the totals. */
export function isTotalsText(text: string): boolean {
  return foldedPrefix(text.replace(/[*_]/g, '').replace(BULLET, ''), TOTALS) !== null;
}

/**
 * The role of a header cell ("Đơn vị chủ trì" → lead), or null for a column kept by name; memoised
 * for the document, as the table readers ask it of the same cells many times.
 */
export const columnRole: (header: string) => ColumnRole | null = memoOfString(roleOf);

/** `columnRole`, computed. */
function roleOf(header: string): ColumnRole | null {
  const key = foldKey(header.replace(/[*_]/g, ''));
  if (NONE.some((w) => key.includes(w))) return null;
  for (const r of ROLES) {
    if (r.exact.has(key) || r.contains.some((w) => key.includes(w)) || r.startsWith.some((w) => key.startsWith(w))) return r.role;
  }
  // a narrow column wraps its one word where the line ends: "ST T" is "STT"
  if (key.length <= WRAPPED_WORD_MAX && key.includes(' ')) {
    const joined = unspaced(key);
    for (const r of ROLES) if (r.exactUnspaced.has(joined)) return r.role;
  }
  return null;
}

/**
 * Roles of a header row, or null when the cells are no table header. A header has a task column
 * and at least two other columns with roles, or an STT and a task column.
 */
export function readHeaderRow(cells: string[]): Array<ColumnRole | null> | null {
  const roles = cells.map(columnRole);
  const found = new Set(roles.filter((r): r is ColumnRole => r !== null));
  const numbered = found.has('stt') && cells.length >= 2;
  if (!found.has('task') || (found.size < 3 && !numbered)) return null;
  // a role claimed twice keeps its first column; later ones are kept by name
  const seen = new Set<ColumnRole>();
  return roles.map((r) => {
    if (r === null || seen.has(r)) return null;
    seen.add(r);
    return r;
  });
}
