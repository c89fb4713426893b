import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { LineNode, RootNode } from '../tree.js';
import { cellSeparators } from './cell-separators.js';
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
export const linePasses: LinePass[] = [inlineHtml, cellSeparators, markdownEmphasis, pageFurniture, siteChrome, wrappedLines, splitLetters, crawlerTitle, inlinePieces, sharedLines, ocrVocabulary];

export function normalizeLines(lines: LineNode[], file: VFile, passes: LinePass[] = linePasses): LineNode[] {
  return passes.reduce((current, pass) => pass(current, file), lines);
}

/** unified transformer: runs the line passes over the root's lines. */
export const normalize: Plugin<[], RootNode> = function normalize() {
  return (tree: RootNode, file: VFile) => {
    const lines = tree.children.filter((n): n is LineNode => n.type === 'line');
    tree.children = normalizeLines(lines, file);
  };
};
