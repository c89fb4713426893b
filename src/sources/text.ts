import type { Plugin } from 'unified';
import type { LineNode, RootNode } from '../tree.js';

/**
 * Splits text into `line` nodes with their place in the source. Blank lines are dropped (they carry
 * no text); a line's leading spaces become `indent`; tab-separated lines keep their `cells`.
 */
export function textToTree(text: string): RootNode {
  const children: LineNode[] = [];
  let offset = 0;
  let lineNo = 1;
  for (const raw of text.split('\n')) {
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    const body = raw.trimEnd();
    if (body.trim() !== '') {
      const node: LineNode = {
        type: 'line',
        value: body.slice(indent),
        indent,
        position: {
          start: { line: lineNo, column: indent + 1, offset: offset + indent },
          end: { line: lineNo, column: body.length + 1, offset: offset + body.length },
        },
      };
      if (raw.includes('\t')) node.cells = raw.slice(indent).split('\t').map((c) => c.trim());
      children.push(node);
    }
    offset += raw.length + 1;
    lineNo++;
  }
  return { type: 'root', children };
}

/** unified parser plugin for plain text (scraped web text and pdf-to-text output). */
export const sourceText: Plugin<[], string, RootNode> = function sourceText() {
  this.parser = (doc: string) => textToTree(doc);
};
