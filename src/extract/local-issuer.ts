import { TERRITORY_LEVELS as LEVELS } from '../registry/territory-levels.js';
import { foldKey } from '../text/fold.js';

/** A body of a territory named without its place: "Ủy ban nhân dân tỉnh", "HĐND thành phố", "Sở Y tế tỉnh". */
function levelAtEnd(name: string): string | null {
  const key = foldKey(name);
  return LEVELS.find((l) => key.endsWith(` ${l}`)) ?? null;
}

/** The levels with their number of words. */
const LEVEL_WORDS = LEVELS.map((level) => [level, level.split(' ').length] as const);

/** The level and the place that close a body's name ("tỉnh Thanh Hóa" of "Ủy ban nhân dân tỉnh Thanh Hóa"), or null. */
function levelAndPlace(name: string): { level: string; printed: string; place: string } | null {
  const words = name.split(' ');
  for (let k = words.length - 2; k >= 1; k--) {
    for (const [level, n] of LEVEL_WORDS) {
      if (k + n > words.length - 1) continue;
      const printed = words.slice(k, k + n).join(' ');
      const place = words.slice(k + n).join(' ');
      // a place's name is capitalised ("tỉnh Thanh Hóa"; the "xã" of "Bảo hiểm xã hội" is no commune)
      if (foldKey(printed) === level && /^\p{Lu}/u.test(place)) return { level, printed, place };
    }
  }
  return null;
}

/**
 * The issuer of a document's citations as the document means it, given its own bodies (`own`: its
 * issuer and the body over it): a kind of body alone ("Bảo hiểm xã
 * hội", read from a code every body of the kind signs with) is the citing body when that is a national
 * body of the kind ("Quyết định số 1333/QĐ-BHXH" in a document of Bảo hiểm xã hội Việt Nam is its own); a body
 * of a territory named without its place ("… của Ủy ban nhân dân tỉnh", as a province's own
 * documents cite its decisions) is the body of the citing document's own territory, when its issuer
 * (or the body over it) is of that level ("Ủy ban nhân dân tỉnh Thanh Hóa"); else it is left as read.
 */
export function localIssuers(own: ReadonlyArray<string | null>): (issuer: string) => string {
  // each citing body read once for the document's citations: its folded name, its level and place
  const bodies = own.flatMap((body) => (body ? [{ body, key: foldKey(body), at: levelAndPlace(body) }] : []));
  return (issuer) => {
    // a kind of body only ("Bảo hiểm xã hội" of a code every body of the kind signs with, `QĐ-BHXH`):
    // a national body of that kind cites its own document (a province's body of the kind may cite the
    // national one's: which, its text must say)
    const kind = foldKey(issuer);
    for (const { body, key, at } of bodies) if (key.startsWith(`${kind} `) && !at) return body;
    const level = levelAtEnd(issuer);
    if (!level) return issuer;
    for (const { at } of bodies) {
      // the level as the citing body prints it ("… Tỉnh" → "… tỉnh Đồng Tháp")
      if (at && at.level === level && at.place) return `${issuer.slice(0, issuer.length - level.length).trimEnd()} ${at.printed} ${at.place}`;
    }
    return issuer;
  };
}
