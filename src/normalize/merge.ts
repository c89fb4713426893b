import type { LineNode } from '../tree.js';

/** One line made of two: the text joined by `joiner`, the place running from a's start to b's end. */
export function mergeLines(a: LineNode, b: LineNode, joiner: string): LineNode {
  const merged: LineNode = {
    type: 'line',
    value: a.value + joiner + b.value,
    indent: a.indent,
    position: { start: a.position.start, end: b.position.end },
  };
  if (a.cellStart) merged.cellStart = true;
  const removed = [...(a.removed ?? []), ...(b.removed ?? [])];
  if (removed.length) merged.removed = removed;
  return merged;
}

/** True for a tab-separated table line, which the line passes leave alone. */
export function isTableLine(line: LineNode | undefined): boolean {
  return Boolean(line?.cells);
}

/** True when `line` may be glued onto `prev`: neither is a table line and no cell boundary lies between. */
export function mayJoin(prev: LineNode | undefined, line: LineNode): prev is LineNode {
  return prev !== undefined && !isTableLine(prev) && !isTableLine(line) && !line.cellStart;
}
