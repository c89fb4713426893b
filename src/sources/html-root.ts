/**
 * Where the document is in a web page: chrome (scripts, styles, navigation, site header and footer)
 * out, then the element a publishing site keeps the text in (registry), else the element the page's
 * text concentrates in and that holds the document's header.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import chrome from '../registry/html-chrome.json';

/**
 * What marks a document's text (the motto, a number line, a type heading …): the recognisers know,
 * and the caller passes them in, so that the source reads structure only.
 */
export interface DocumentMarkers {
  /** A line that opens a document's header: the motto or the number line. */
  isHeaderMarker(line: string): boolean;
  /** A line that marks a document anywhere in it. */
  isDocumentMarker(line: string): boolean;
}

/** No markers: the page's text is found by where it concentrates alone. */
export const NO_MARKERS: DocumentMarkers = { isHeaderMarker: () => false, isDocumentMarker: () => false };

/** A child holding this share of its parent's text, and all of its header lines, is where the document is. */
const CONCENTRATION = 0.6;
/** Without header lines to go by, a child must hold this share of the text. */
const BLIND_CONCENTRATION = 0.85;
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** The text length of an element, white space not counted. */
function weight($: CheerioAPI, el: Element): number {
  return $(el).text().replace(/\s+/gu, '').length;
}

function textLines($: CheerioAPI, el: Element): string[] {
  // block boundaries are not marked in .text(); a marker line starts at a tag, so test each text node's line
  const out: string[] = [];
  $(el)
    .find('*')
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.type === 'text') out.push(...node.data.split('\n'));
    });
  return out;
}

const headerLines = ($: CheerioAPI, el: Element, m: DocumentMarkers) => textLines($, el).filter((l) => m.isHeaderMarker(l)).length;
const holdsDocument = ($: CheerioAPI, el: Element, m: DocumentMarkers) => textLines($, el).some((l) => m.isDocumentMarker(l));

/** Removes the page chrome the registry lists, in place. */
export function removeChrome($: CheerioAPI): void {
  $(chrome.remove.join(',')).remove();
}

/**
 * The element holding the document: a registry content element with document text in it, else the
 * body, descended while one child holds most of the text and every header line (motto, number) of
 * its parent; with no header lines, nearly all of the text.
 */
export function findDocumentRoot($: CheerioAPI, markers: DocumentMarkers = NO_MARKERS): Element | null {
  for (const selector of chrome.content) {
    const found = $(selector)
      .toArray()
      .filter(isElement)
      .find((el) => holdsDocument($, el, markers));
    if (found) return found;
  }
  let root = ($('body').get(0) ?? $.root().children().filter((_, n) => isElement(n)).get(0)) as Element | undefined;
  if (!root) return null;
  for (;;) {
    const total = weight($, root);
    const children: Element[] = root.children.filter(isElement).filter((c) => !TABLE_PARTS.has(c.name));
    let best: Element | null = null;
    let bestWeight = 0;
    for (const child of children as Element[]) {
      const w = weight($, child);
      if (w > bestWeight) {
        best = child;
        bestWeight = w;
      }
    }
    if (!best || total === 0) break;
    const header = headerLines($, root, markers);
    const holds = header > 0 ? bestWeight >= CONCENTRATION * total && headerLines($, best, markers) === header : bestWeight >= BLIND_CONCENTRATION * total;
    if (!holds) break;
    root = best;
  }
  return root;
}
