import type { LineNode } from '../tree.js';

/** One line made of two: the text joined by `joiner`, the place running from a's start to b's end. */
export function mergeLines(a: LineNode, b: LineNode, joiner: string): LineNode {
  const merged: LineNode = {
    type: 'line',
    value: a.value + joiner + b.value,
    indent: a.indent,
    position: { start: a.position.start, end: b.position.end },
  };
  if (a.data) merged.data = a.data;
  const removed = [...(a.removed ?? []), ...(b.removed ?? [])];
  if (removed.length) merged.removed = removed;
  return merged;
}

/**
 * True when `line` may be glued onto `prev`. The passes run over one run of lines at a time (the
 * lines between two tables, or one table cell's lines), so no boundary lies inside the run.
 */
export function mayJoin(prev: LineNode | undefined, line: LineNode): prev is LineNode {
  return prev !== undefined && line !== undefined;
}
