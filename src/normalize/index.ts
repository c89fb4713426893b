import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { BlockNode, LineNode, RootNode } from '../tree.js';
import { crawlerTitle } from './crawler-title.js';
import { inlineHtml } from './inline-html.js';
import { markdownEmphasis } from './markdown-emphasis.js';
import { ocrVocabulary } from './ocr-vocabulary.js';
import { pageFurniture } from './page-furniture.js';
import { inlinePieces } from './inline-pieces.js';
import { sharedLines } from './shared-lines.js';
import { siteChrome } from './site-chrome.js';
import { splitLetters } from './split-letters.js';
import { wrappedLines } from './wrapped-lines.js';

export type LinePass = (lines: LineNode[], file: VFile) => LineNode[];

/** The clean-up passes, in order. NFC, BOM and CRLF are handled when the bytes are decoded. */
export const linePasses: LinePass[] = [inlineHtml, markdownEmphasis, pageFurniture, siteChrome, wrappedLines, splitLetters, crawlerTitle, inlinePieces, sharedLines, ocrVocabulary];

export function normalizeLines(lines: LineNode[], file: VFile, passes: LinePass[] = linePasses): LineNode[] {
  return passes.reduce((current, pass) => pass(current, file), lines);
}

/**
 * The passes over a tree's blocks: each run of lines between two tables, and each table cell's
 * lines, is cleaned on its own, so no pass joins text across a table or a cell boundary.
 */
export function normalizeBlocks(blocks: BlockNode[], file: VFile, passes: LinePass[] = linePasses): BlockNode[] {
  const out: BlockNode[] = [];
  let run: LineNode[] = [];
  const flush = () => {
    if (run.length) for (const line of normalizeLines(run, file, passes)) out.push(line);
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'line') {
      run.push(block);
      continue;
    }
    flush();
    for (const row of block.children) for (const cell of row.children) cell.children = normalizeLines(cell.children, file, passes);
    out.push(block);
  }
  flush();
  return out;
}

/** unified transformer: runs the line passes over the root's blocks. */
export const normalize: Plugin<[], RootNode> = function normalize() {
  return (tree: RootNode, file: VFile) => {
    tree.children = normalizeBlocks(tree.children, file);
  };
};
