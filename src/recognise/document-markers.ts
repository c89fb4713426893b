/**
 * Lines that only an administrative document has: the national (or Party) motto, the `Số:` number
 * line, a type heading (`QUYẾT ĐỊNH`), an appendix label, an article heading, a legal basis. The
 * structured sources use them to find the document in a page and to tell a page with none.
 */
import { ARTICLE } from '../text/markers.js';
import { isAppendixLabel } from './segment.js';
import { foldedPrefix, isMottoLine, vocabulary } from './vocabulary.js';
import { documentTypeByHeading } from '../registry/document-types.js';

const NUMBER_LINE = /^Số\s{0,3}[:.]\s{0,3}\d/u;

/** A line that opens a document's header: the motto or the number line. */
export function isHeaderMarker(line: string): boolean {
  const t = line.trim();
  return isMottoLine(t) || NUMBER_LINE.test(t);
}

/** A line that marks a document anywhere in it. */
export function isDocumentMarker(line: string): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  return (
    isHeaderMarker(t) ||
    documentTypeByHeading(t) !== undefined ||
    isAppendixLabel(t) ||
    ARTICLE.test(t) ||
    foldedPrefix(t, vocabulary.preambleStarts) !== null ||
    foldedPrefix(t, vocabulary.recipientsStarts) !== null
  );
}

/** True when some line of the text marks a document. */
export function hasDocumentMarker(lines: Iterable<string>): boolean {
  for (const line of lines) if (isDocumentMarker(line)) return true;
  return false;
}
