/**
 * The Markdown source (remark-parse + remark-gfm): headings, paragraphs and list items become lines
 * (a list item keeps its marker as the source prints it: `- `, `+ `, `1.`), hard breaks and `<br>`
 * break lines, GFM tables become `table` nodes with their rows and cells, footnote references
 * become superscript digits and each footnote a `¹ …` line.
 */
import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Plugin } from 'unified';
import type { Point } from 'unist';
import { VanbanError } from '../errors.js';
import type { BlockNode, RootNode, TableNode } from '../tree.js';
import { LineCollector, superscriptNumber } from './line-collector.js';

export interface MarkdownOptions {
  file?: string | null;
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])/u;
const BR_TAG = /^<br\s{0,3}\/?>$/iu;
const SUP_OPEN = /^<sup>$/iu;
const SUP_CLOSE = /^<\/sup>$/iu;
const TAG = /<[^<>]{0,200}>/gu;

const startOf = (node: Nodes): Point | null => node.position?.start ?? null;
const endOf = (node: Nodes): Point | null => node.position?.end ?? null;

class MarkdownLines {
  readonly out = new LineCollector();
  private sup = false;

  constructor(private readonly source: string) {}

  inline(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const value = this.sup ? (superscriptNumber(node.value) ?? node.value) : node.value;
        // a soft line break inside a paragraph is a space, as Markdown reads it
        this.out.add(value.replace(/\n/gu, ' '), startOf(node), endOf(node));
        return;
      }
      case 'break':
        this.out.break();
        return;
      case 'html':
        if (BR_TAG.test(node.value.trim())) this.out.break();
        else if (SUP_OPEN.test(node.value.trim())) this.sup = true;
        else if (SUP_CLOSE.test(node.value.trim())) this.sup = false;
        else this.out.add(node.value.replace(TAG, ''), startOf(node), endOf(node));
        return;
      case 'footnoteReference':
        this.out.add(superscriptNumber(node.label ?? node.identifier) ?? '', startOf(node), endOf(node));
        return;
      case 'image':
      case 'imageReference':
        return;
      default:
        if ('children' in node) for (const child of node.children) this.inline(child as PhrasingContent);
    }
  }

  /** The marker of a list item as the source prints it ("-", "+", "1."), a `*` read as a dash. */
  private marker(node: Nodes): string {
    const offset = node.position?.start.offset;
    const m = offset === undefined ? null : LIST_MARKER.exec(this.source.slice(offset, offset + 12));
    return m ? (m[0] === '*' ? '-' : m[0]) : '-';
  }

  block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        this.out.break();
        for (const child of node.children) this.inline(child);
        this.out.break();
        return;
      case 'list':
        for (const item of node.children) {
          this.out.break();
          this.out.add(`${this.marker(item)} `, startOf(item), startOf(item));
          const [first, ...rest] = item.children;
          if (first?.type === 'paragraph') for (const child of first.children) this.inline(child);
          else if (first) this.block(first);
          this.out.break();
          for (const child of rest) this.block(child);
        }
        return;
      case 'table':
        this.out.push(this.table(node));
        return;
      case 'code':
        this.out.break();
        node.value.split('\n').forEach((line) => {
          this.out.add(line, startOf(node), endOf(node));
          this.out.break();
        });
        return;
      case 'html':
        this.out.break();
        for (const piece of node.value.split(/<br\s{0,3}\/?>/iu)) {
          this.out.add(piece.replace(TAG, ' '), startOf(node), endOf(node));
          this.out.break();
        }
        return;
      case 'footnoteDefinition':
        this.out.break();
        this.out.add(`${superscriptNumber(node.label ?? node.identifier) ?? node.identifier} `, startOf(node), startOf(node));
        for (const child of node.children) {
          if (child.type === 'paragraph') for (const c of child.children) this.inline(c);
          else this.block(child);
        }
        this.out.break();
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child);
        return;
      default:
        return;
    }
  }

  private table(node: Table): TableNode {
    const nowhere = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return {
      type: 'table',
      position: node.position ?? nowhere,
      data: { grid: 'spans' },
      children: node.children.map((row) => ({
        type: 'tableRow',
        position: row.position ?? nowhere,
        children: row.children.map((cell) => {
          const inner = new MarkdownLines(this.source);
          for (const child of cell.children) inner.inline(child);
          inner.out.break();
          return { type: 'tableCell', rowSpan: 1, colSpan: 1, children: inner.out.lines, position: cell.position ?? row.position ?? nowhere };
        }),
      })),
    };
  }
}

/** The blocks (lines and tables) of a Markdown document. */
export function markdownToBlocks(text: string, options: MarkdownOptions = {}): BlockNode[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const reader = new MarkdownLines(text);
  const definitions = tree.children.filter((n) => n.type === 'footnoteDefinition');
  for (const node of tree.children) if (node.type !== 'footnoteDefinition') reader.block(node);
  // footnotes print at the end, as a page prints them at its foot
  for (const node of definitions) reader.block(node);
  reader.out.break();
  if (reader.out.blocks.length === 0) throw new VanbanError('empty-input', 'the Markdown holds no text', { file: options.file });
  return reader.out.blocks;
}

export function markdownToTree(text: string, options: MarkdownOptions = {}): RootNode {
  return { type: 'root', children: markdownToBlocks(text, options) };
}

/** unified parser plugin for Markdown. */
export const sourceMarkdown: Plugin<[MarkdownOptions?], string, RootNode> = function sourceMarkdown(options) {
  this.parser = (doc: string) => markdownToTree(doc, options);
};

