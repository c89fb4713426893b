/**
 * Highlighted spans of the document text and their nesting: a span inside another (a citation inside
 * the subject) is nested in it; a span that crosses another's end is cut there. Spans are rendered
 * line by line, so a span over a line break is drawn on each line it covers, its id on the first.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

export type MarkKind = 'citation' | 'unit' | 'date' | 'time' | 'heading' | 'value';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Where the mark links to (an entity of the page). */
  href?: string;
  /** The mark's own anchor, for links to it. */
  id?: string;
  title?: string;
  /** What the mark names: a citation's id, a unit's id or name. */
  entity?: string;
}

/** Marks in render order: by start, the longer first, so that a mark holding others comes before them. */
export function sortMarks(marks: Mark[]): Mark[] {
  return marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

function element(mark: Mark, first: boolean, children: ElementContent[]) {
  const props: Record<string, string> = { className: `hl hl-${mark.kind}` };
  if (mark.id && first) props.id = mark.id;
  else if (mark.id) props.dataOf = mark.id; // a later line of the same span
  if (mark.title) props.title = mark.title;
  if (mark.href) return h('a', { ...props, href: mark.href }, children);
  return h('span', props, children);
}

/**
 * The content of one line, [lineStart, lineEnd) of `text`, with the marks that touch it (sorted by
 * `sortMarks`). `firstPiece(mark)` says whether this is the mark's first line.
 */
export function renderLine(text: string, lineStart: number, lineEnd: number, marks: Mark[]): ElementContent[] {
  let p = 0;
  const build = (from: number, to: number): ElementContent[] => {
    const out: ElementContent[] = [];
    let at = from;
    while (p < marks.length && marks[p]!.start < to) {
      const m = marks[p++]!;
      const start = Math.max(m.start, lineStart, at);
      if (start >= to || m.end <= start) continue; // crosses a sibling before it: left out
      if (start > at) out.push({ type: 'text', value: text.slice(at, start) });
      const end = Math.min(m.end, to);
      out.push(element(m, m.start >= lineStart, build(start, end)));
      at = end;
    }
    if (to > at) out.push({ type: 'text', value: text.slice(at, to) });
    return out;
  };
  return build(lineStart, lineEnd);
}
