/**
 * The HTML source: a web page (or an HTML fragment, as mammoth writes for DOCX) to the line tree
 * the text source yields. The page's charset is sniffed (a `<meta>` anywhere in the head, UTF-8 when
 * the bytes are valid UTF-8, else windows-1258); chrome is dropped and the document found
 * (html-root.ts); `<br>` and block elements break lines; `<sup>` footnote numbers become superscript
 * digits; a `<table>` becomes a `table` node with its rows and cells as printed, `rowspan` and
 * `colspan` kept as spans (a table nested in a cell gives that cell its lines).
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Plugin } from 'unified';
import type { Point, Position } from 'unist';
import { VanbanError } from '../errors.js';
import { type BlockNode, blockLines, type LineNode, type RootNode, type TableCellNode, type TableNode, type TableRowNode } from '../tree.js';
import { type DocumentMarkers, findDocumentRoot, removeChrome } from './html-root.js';
import { LineCollector, superscriptNumber } from './line-collector.js';

export interface HtmlOptions {
  /** The input's name, for error messages. */
  file?: string | null;
  /** Where to look for the document: `page` (find it among the chrome) or `fragment` (all of it is the document). */
  scope?: 'page' | 'fragment';
  /** How to tell the document's text in a page; with them, a page with none is a `no-document` error. */
  markers?: DocumentMarkers;
}

/** How far into the page the charset declaration is looked for (pages carry large inline styles). */
const SNIFF_BYTES = 4 * 1024 * 1024;
const LEGACY_DEFAULT = 'windows-1258';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'legend', 'html',
]);
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'img', 'button', 'input', 'select', 'textarea', 'map']);

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Parses HTML text or bytes with source locations; bytes are decoded by their declared or sniffed charset. */
export function loadHtml(input: string | Uint8Array): CheerioAPI {
  if (typeof input === 'string') return cheerio.load(input, { sourceCodeLocationInfo: true });
  let utf8 = true;
  try {
    // stream: a character cut at the end of the sniffed bytes is no error
    new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, SNIFF_BYTES), { stream: true });
  } catch {
    utf8 = false;
  }
  return cheerio.loadBuffer(Buffer.from(input.buffer, input.byteOffset, input.byteLength), {
    encoding: { maxBytes: SNIFF_BYTES, defaultEncoding: utf8 ? 'utf-8' : LEGACY_DEFAULT },
    sourceCodeLocationInfo: true,
  });
}

interface Located {
  sourceCodeLocation?: { startLine: number; startCol: number; startOffset: number; endLine: number; endCol: number; endOffset: number } | null;
}

function startOf(node: Located): Point | null {
  const l = node.sourceCodeLocation;
  return l ? { line: l.startLine, column: l.startCol, offset: l.startOffset } : null;
}

function endOf(node: Located): Point | null {
  const l = node.sourceCodeLocation;
  return l ? { line: l.endLine, column: l.endCol, offset: l.endOffset } : null;
}

function positionOf(node: Located): Position {
  const start = startOf(node) ?? { line: 1, column: 1 };
  return { start, end: endOf(node) ?? start };
}

/** Elements whose text is printed in bold or italics: a line's lead in them marks a heading. */
const EMPHASIS = new Set(['strong', 'b', 'em', 'i']);

/** What the walk does next: read a node, or close a block or an emphasis it opened. */
type Step = { node: AnyNode; pre: boolean } | { closeBlock: true } | { closeEmphasis: boolean };

/**
 * The lines of `node`, in document order, into `out`. Iterative (its own stack, not the call stack),
 * so a page nested 100,000 elements deep is read in linear time like any other.
 */
function walk(node: AnyNode, out: LineCollector, pre: boolean, skipped?: Element): void {
  const stack: Step[] = [{ node, pre }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('closeBlock' in step) {
      out.break();
      continue;
    }
    if ('closeEmphasis' in step) {
      out.closeEmphasis(step.closeEmphasis);
      continue;
    }
    // the document's own element, when the lines around it are asked for: a block of its own
    if (step.node === skipped) {
      out.break();
      continue;
    }
    visit(step.node, step.pre, out, stack);
  }
}

/** One node of the walk: its text out, or its children onto the stack (last first, so the first is read first). */
function visit(node: AnyNode, pre: boolean, out: LineCollector, stack: Step[]): void {
  if (node.type === 'text') {
    if (!pre) {
      out.add(node.data, startOf(node), endOf(node));
      return;
    }
    node.data.split('\n').forEach((piece, i) => {
      if (i > 0) out.break();
      out.add(piece, startOf(node), endOf(node));
    });
    return;
  }
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    out.break();
    return;
  }
  if (name === 'table') {
    out.push(tableNode(node, out));
    return;
  }
  if (name === 'sup') {
    const digits = superscriptNumber(textOf(node));
    if (digits) {
      out.add(digits, startOf(node), endOf(node));
      return;
    }
  }
  const block = BLOCKS.has(name);
  if (block) {
    out.break();
    stack.push({ closeBlock: true });
  }
  if (EMPHASIS.has(name)) stack.push({ closeEmphasis: out.openEmphasis() });
  const childPre = pre || name === 'pre';
  for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, pre: childPre });
}

/** The text of a node and its descendants, in order (iterative, as the walk is). */
function textOf(node: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') text += n.data;
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return text;
}

function collect(nodes: AnyNode[]): LineCollector {
  const out = new LineCollector();
  for (const node of nodes) walk(node, out, false);
  out.break();
  return out;
}

/** The lines of the page's body outside `root` (the element holding the document), in order. */
function linesAround(body: AnyNode, root: Element): LineNode[] {
  const out = new LineCollector();
  walk(body, out, false, root);
  out.break();
  return out.lines;
}

const blocksOf = (nodes: AnyNode[]): BlockNode[] => collect(nodes).blocks;
const linesOf = (nodes: AnyNode[]): LineNode[] => collect(nodes).lines;

function spanOf(el: Element, attr: string): number {
  const n = Number.parseInt(el.attribs[attr] ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/** A table element (its own rows, not those of tables nested in its cells) as a `table` node; a caption goes before it. */
function tableNode(table: Element, out: LineCollector): TableNode {
  const rows: TableRowNode[] = [];
  const readRow = (tr: Element) => {
    const cells = tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
    rows.push({
      type: 'tableRow',
      position: positionOf(tr),
      children: cells.map(
        (td): TableCellNode => ({ type: 'tableCell', rowSpan: spanOf(td, 'rowspan'), colSpan: spanOf(td, 'colspan') || 1, children: linesOf(td.children), position: positionOf(td) }),
      ),
    });
  };
  for (const child of table.children.filter(isElement)) {
    if (child.name === 'tr') readRow(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') child.children.filter(isElement).filter((c) => c.name === 'tr').forEach(readRow);
    else if (child.name === 'caption') for (const line of linesOf(child.children)) out.blocks.push(line);
  }
  return { type: 'table', children: rows, position: positionOf(table), data: { grid: 'spans' } };
}

/**
 * The blocks of an HTML page or fragment; a page with no text (or, given markers, no document) in it
 * is a typed error. `leftOut` receives the lines of the page outside the element holding the document.
 */
export function htmlToBlocks(input: string | Uint8Array, options: HtmlOptions = {}, leftOut?: LineNode[]): BlockNode[] {
  const $ = loadHtml(input);
  // the page's chrome (navigation, its header and footer, hidden elements): no text of the document
  const chrome = removeChrome($);
  if (leftOut) leftOut.push(...linesOf(chrome));
  const body = $('body').get(0) ?? null;
  const root = options.scope === 'fragment' ? body : findDocumentRoot($, options.markers);
  const blocks = root ? blocksOf([root]) : [];
  // the text of the page around the document's element
  if (leftOut && root && body && root !== body) leftOut.push(...linesAround(body, root as Element));
  if (blocks.length === 0) {
    throw new VanbanError('empty-input', 'the HTML holds no text', { file: options.file });
  }
  const markers = options.markers;
  if (markers && !blocks.flatMap(blockLines).some((l) => markers.isDocumentMarker(l.value))) {
    throw new VanbanError('no-document', 'the HTML holds no document: no national motto, number, type heading, article or appendix was found in its text', {
      file: options.file,
    });
  }
  return blocks;
}

export function htmlToTree(input: string | Uint8Array, options: HtmlOptions = {}): RootNode {
  const left: LineNode[] = [];
  const children = htmlToBlocks(input, options, left);
  return left.length ? { type: 'root', children, data: { leftOut: left } } : { type: 'root', children };
}

/** unified parser plugin for HTML given as text. */
export const sourceHtml: Plugin<[HtmlOptions?], string, RootNode> = function sourceHtml(options) {
  this.parser = (doc: string) => htmlToTree(doc, options);
};
