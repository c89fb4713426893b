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

/** What the search for the document needs of an element: its text length (white space not counted) and header lines. */
interface Measure {
  weight: number;
  headerLines: number;
}

/**
 * Every element's measure below `root`, in one pass over the tree (post-order, on a stack of its
 * own): linear in the page whatever its depth, where asking each element for its text is quadratic.
 */
function measureAll(root: Element, markers: DocumentMarkers): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const stack: Array<{ el: Element; done: boolean }> = [{ el: root, done: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (!top.done) {
      stack.push({ el: top.el, done: true });
      for (const child of top.el.children) if (isElement(child)) stack.push({ el: child, done: false });
      continue;
    }
    const m: Measure = { weight: 0, headerLines: 0 };
    for (const child of top.el.children) {
      if (child.type === 'text') {
        m.weight += child.data.replace(/\s+/gu, '').length;
        // block boundaries are not marked in the text; a marker line starts at a tag, so test each text node's line
        m.headerLines += child.data.split('\n').filter((l) => markers.isHeaderMarker(l)).length;
      } else if (isElement(child)) {
        const c = measures.get(child)!;
        m.weight += c.weight;
        m.headerLines += c.headerLines;
      }
    }
    measures.set(top.el, m);
  }
  return measures;
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

const holdsDocument = ($: CheerioAPI, el: Element, m: DocumentMarkers) => textLines($, el).some((l) => m.isDocumentMarker(l));

/** Removes the page chrome the registry lists, in place; returns the elements removed, outermost only, in page order. */
export function removeChrome($: CheerioAPI): Element[] {
  const found = $(chrome.remove.join(','));
  const chromeSet = new Set<AnyNode>(found.toArray());
  // one walk of the page, not descending into an element removed (linear however deep the page nests)
  const outermost: Element[] = [];
  const stack: AnyNode[] = [...$.root().contents().toArray()].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (chromeSet.has(node)) {
      outermost.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  found.remove();
  return outermost;
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
  const measures = measureAll(root, markers);
  const weight = (el: Element) => measures.get(el)!.weight;
  const headerLines = (el: Element) => measures.get(el)!.headerLines;
  for (;;) {
    const total = weight(root);
    const children: Element[] = root.children.filter(isElement).filter((c) => !TABLE_PARTS.has(c.name));
    let best: Element | null = null;
    let bestWeight = 0;
    for (const child of children as Element[]) {
      const w = weight(child);
      if (w > bestWeight) {
        best = child;
        bestWeight = w;
      }
    }
    if (!best || total === 0) break;
    const header = headerLines(root);
    const holds = header > 0 ? bestWeight >= CONCENTRATION * total && headerLines(best) === header : bestWeight >= BLIND_CONCENTRATION * total;
    if (!holds) break;
    root = best;
  }
  return root;
}
