import type { Point } from 'unist';
import { type BlockNode, blockLines, type LineNode, type TableNode } from '../tree.js';
import { superscriptDigits } from '../text/superscript.js';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const SPACES = /[\s\u00a0]+/gu;

/**
 * Where a text's first printed character is, given where the text starts: past its leading white
 * space, on a later line when that holds line breaks (the text after `<br/>` and a new line). The
 * offset moves by the text's characters: where the HTML parser dropped a CR before a LF from the
 * text, it stays that many characters early, inside the space.
 */
export function pastLeadingSpace(start: Point, value: string): Point {
  let k = 0;
  let line = start.line;
  let column = start.column;
  while (k < value.length && (value[k] === ' ' || value[k] === '\t' || value[k] === '\n' || value[k] === '\r' || value[k] === '\u00a0')) {
    if (value[k] === '\n') {
      line++;
      column = 1;
    } else if (value[k] !== '\r' || value[k + 1] !== '\n') column++;
    k++;
  }
  if (k === 0) return start;
  return start.offset === undefined ? { line, column } : { line, column, offset: start.offset + k };
}

/**
 * Collects the inline text of a structured source (HTML, Markdown) into lines: white space folds to
 * one space, a line break or a block boundary ends the line, and each line keeps the place of its
 * first and last piece.
 */
export class LineCollector {
  /** The lines and tables collected, in order. */
  readonly blocks: BlockNode[] = [];
  private text = '';
  private start: Point | null = null;
  private end: Point | null = null;
  /** Emphasis elements open since the line began (or since its lead so far closed); 0: none. */
  private emphasisDepth = 0;
  /** The length of the line's text its emphasised lead covers, or -1 when it has none. */
  private leadLength = -1;

  /**
   * An emphasis element (bold, italics) opens. It counts for the line's lead only when it opens
   * where the line begins or where its lead so far ended (`<b>Điều 1.</b><b> Phạm vi</b>`).
   * Returns whether it counts, to be passed to `closeEmphasis`.
   */
  openEmphasis(): boolean {
    const at = this.text.trimEnd().length;
    const counts = this.emphasisDepth > 0 || at === 0 || at === this.leadLength;
    if (counts) this.emphasisDepth++;
    return counts;
  }

  /** The emphasis element `openEmphasis` counted closes: the lead runs to here when it was the outermost. */
  closeEmphasis(counted: boolean): void {
    if (!counted || this.emphasisDepth === 0) return;
    this.emphasisDepth--;
    if (this.emphasisDepth === 0) this.leadLength = this.text.trimEnd().length;
  }

  /** Adds inline text; white space alone only separates words. */
  add(value: string, start: Point | null, end: Point | null): void {
    const clean = value.replace(INVISIBLE, '');
    if (clean === '') return;
    if (clean.replace(SPACES, '') === '') {
      if (this.text !== '') this.text += ' ';
      return;
    }
    this.start ??= start && pastLeadingSpace(start, value);
    this.end = end ?? this.end;
    this.text += clean;
  }

  /** Ends the current line (a no-op when it holds no text). */
  break(): void {
    const value = this.text.replace(SPACES, ' ').trim().normalize('NFC');
    if (value !== '') {
      const start = this.start ?? this.end ?? { line: 1, column: 1 };
      const line: LineNode = { type: 'line', value, indent: 0, position: { start, end: this.end ?? start } };
      // an emphasis still open at the break covers the whole line, and goes on at the next one's start
      const leadLength = this.emphasisDepth > 0 ? this.text.length : this.leadLength;
      const lead = leadLength > 0 ? this.text.slice(0, leadLength).replace(SPACES, ' ').trim().normalize('NFC') : '';
      if (lead !== '') line.data = { emphasisLead: lead };
      this.blocks.push(line);
    }
    this.text = '';
    this.start = null;
    this.end = null;
    this.leadLength = -1;
  }

  /** Ends the current line and adds a table. */
  push(table: TableNode): void {
    this.break();
    if (table.children.length) this.blocks.push(table);
  }

  /** The blocks as lines only: a table's cells' lines in reading order (a table inside a table cell). */
  get lines(): LineNode[] {
    return this.blocks.flatMap(blockLines);
  }
}

const NOTE_NUMBER = /^[[(]?(\d{1,3})[\])]?$/u;

/** A footnote number ("1", "[1]", "(1)") as superscript digits ("¹"), or null for other text. */
export function superscriptNumber(text: string): string | null {
  const m = NOTE_NUMBER.exec(text.replace(SPACES, ''));
  return m ? superscriptDigits(m[1]!) : null;
}

/**
 * Lines numbered in the order of the extracted text, each with its offset in it: the places of a
 * binary format (PDF, DOCX), whose source has no lines of its own. A table's cells' lines are
 * numbered in reading order, and its rows, cells and itself span their lines.
 */
export function numberLines(blocks: BlockNode[]): BlockNode[] {
  let offset = 0;
  let n = 0;
  const number = (line: LineNode): LineNode => {
    n++;
    const start = { line: n, column: 1, offset };
    const end = { line: n, column: line.value.length + 1, offset: offset + line.value.length };
    offset += line.value.length + 1;
    return { ...line, position: { start, end } };
  };
  const here = () => ({ line: n + 1, column: 1, offset });
  return blocks.map((block) => {
    if (block.type === 'line') return number(block);
    const start = here();
    for (const row of block.children) {
      const rowStart = here();
      for (const cell of row.children) {
        const cellStart = here();
        cell.children = cell.children.map(number);
        cell.position = { start: cellStart, end: cell.children.length ? cell.children[cell.children.length - 1]!.position.end : cellStart };
      }
      row.position = { start: rowStart, end: row.children.length ? row.children[row.children.length - 1]!.position.end : rowStart };
    }
    block.position = { start, end: block.children.length ? block.children[block.children.length - 1]!.position.end : start };
    return block;
  });
}
