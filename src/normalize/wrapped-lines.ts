import type { LineNode } from '../tree.js';
import { mayJoin, mergeLines } from './merge.js';

/** Pass: a line indented by two or more spaces continues the line before it (scraped cells and paragraphs). */
export function wrappedLines(lines: LineNode[]): LineNode[] {
  const out: LineNode[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line.indent >= 2 && mayJoin(prev, line)) {
      out[out.length - 1] = mergeLines(prev, line, ' ');
    } else {
      out.push(line);
    }
  }
  return out;
}
