import type { LineNode } from '../tree.js';

/** Line nodes for tests: one per string; leading spaces become indent. */
export function linesOf(...raw: string[]): LineNode[] {
  return raw.map((r, i) => {
    const indent = /^ */.exec(r)?.[0].length ?? 0;
    return {
      type: 'line',
      value: r.slice(indent),
      indent,
      position: { start: { line: i + 1, column: indent + 1, offset: 0 }, end: { line: i + 1, column: r.length + 1, offset: 0 } },
    } satisfies LineNode;
  });
}

export const values = (lines: LineNode[]) => lines.map((l) => l.value);
