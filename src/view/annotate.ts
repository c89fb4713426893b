/**
 * `vanban view --annotate`: the original HTML page with the citations and units vanban read marked
 * in place, as eyecite's annotate does — a `<cite class="vanban-citation">` around each citation
 * mention and a `<mark class="vanban-unit">` around each unit, and nothing else of the page changed:
 * the inserted tags are ASCII (non-ASCII in attributes as character references), spliced into the
 * page's own bytes, so the page keeps its encoding byte for byte.
 *
 * Each mark is found in the page from the source line its text line was read from: the page's
 * visible characters (tags, comments, scripts and styles passed over, character references decoded,
 * compared decomposed and without whitespace, since the text is NFC and joins wrapped lines) are
 * searched for the mark's words, at or after the previous mark's place. A span that crosses tags is
 * marked piece by piece, one element per run of text, so the page's elements stay whole.
 */
import { VanbanError } from '../errors.js';
import type { Decision } from '../schema/decision.js';
import { lineStartsOf, lowerBound } from './locate.js';
import type { Mark } from './marks.js';
import { citationAndUnitMarks, type RenderHtmlOptions } from './render.js';

export interface AnnotateResult {
  /** The page with the marks inserted, in its own encoding. */
  bytes: Uint8Array;
  /** Marks inserted, and marks whose words were not found in the page past the mark before (a unit of a
   * merged cell, read into each row it spans, is printed and marked once). */
  placed: number;
  missed: number;
  /** Citation mentions marked, out of all. */
  citations: { placed: number; total: number };
}

/** How many visible characters past the searched place a mark's words may start. */
const WINDOW = 6000;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

/** The page's charset: a BOM, a `charset=` in its first bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1258. */
export function pageEncoding(bytes: Uint8Array): { label: string; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', bom: 3 };
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1').toLowerCase();
  for (let i = head.indexOf('charset='); i >= 0; i = head.indexOf('charset=', i + 1)) {
    let j = i + 8;
    while (head[j] === '"' || head[j] === "'" || head[j] === ' ') j++;
    let label = '';
    while (j < head.length && /[a-z0-9_-]/u.test(head[j]!)) label += head[j++];
    if (label) return { label: label === 'utf8' ? 'utf-8' : label, bom: 0 };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { label: 'utf-8', bom: 0 };
  } catch {
    return { label: 'windows-1258', bom: 0 };
  }
}

/** The visible characters of the page, decomposed and without whitespace, with where each came from. */
interface Visible {
  chars: string;
  start: number[];
  end: number[];
}

function decodeReference(html: string, at: number): { value: string; end: number } | null {
  const semi = html.indexOf(';', at);
  if (semi < 0 || semi - at > 12) return null;
  const name = html.slice(at + 1, semi);
  let value: string | undefined;
  if (name.startsWith('#x') || name.startsWith('#X')) value = String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 0xfffd);
  else if (name.startsWith('#')) value = String.fromCodePoint(Number.parseInt(name.slice(1), 10) || 0xfffd);
  else value = NAMED[name.toLowerCase()];
  return value === undefined ? null : { value, end: semi + 1 };
}

export function visibleText(html: string): Visible {
  const lower = html.toLowerCase();
  let chars = '';
  const start: number[] = [];
  const end: number[] = [];
  const push = (c: string, s: number, e: number) => {
    for (const d of c.normalize('NFD')) {
      if (isSpace(d)) continue;
      chars += d;
      start.push(s);
      end.push(e);
    }
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      if (lower.startsWith('<!--', i)) {
        const close = lower.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      const close = html.indexOf('>', i);
      if (close < 0) break;
      const name = /^<([a-z][a-z0-9]*)/u.exec(lower.slice(i, Math.min(close, i + 20)))?.[1];
      i = close + 1;
      if (name && RAW_TEXT.includes(name)) {
        const endTag = lower.indexOf(`</${name}`, i);
        i = endTag < 0 ? html.length : endTag;
      }
      continue;
    }
    if (c === '&') {
      const ref = decodeReference(html, i);
      if (ref) {
        push(ref.value, i, ref.end);
        i = ref.end;
        continue;
      }
    }
    const code = html.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    push(String.fromCodePoint(code), i, i + width);
    i += width;
  }
  return { chars, start, end };
}


/** The page's offsets [start, end) of `words` in the page's stretch [from, to), or null. */
function find(vis: Visible, words: string, from: number, to: number): [number, number] | null {
  const needle = [...words.normalize('NFD')].filter((c) => !isSpace(c)).join('');
  if (!needle) return null;
  const k0 = lowerBound(vis.start, from);
  const found = vis.chars.slice(k0, Math.min(k0 + WINDOW + needle.length, lowerBound(vis.start, to))).indexOf(needle);
  if (found < 0) return null;
  const k = k0 + found;
  return [vis.start[k]!, vis.end[k + needle.length - 1]!];
}

const attribute = (value: string) =>
  [...value].map((c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c.charCodeAt(0) > 126 ? `&#${c.codePointAt(0)};` : c)).join('');

function openTag(mark: Mark): string {
  const entity = attribute(mark.entity ?? '');
  const title = attribute(mark.title ?? '');
  return mark.kind === 'citation'
    ? `<cite class="vanban-citation" data-citation-id="${entity}" title="${title}">`
    : `<mark class="vanban-unit" data-unit="${entity}" title="${title}">`;
}

const closeTag = (mark: Mark) => (mark.kind === 'citation' ? '</cite>' : '</mark>');

/** The page with the document's citations and units marked; `input` must be the HTML the document was read from. */
export function annotateHtml(input: Uint8Array, doc: Decision, options: RenderHtmlOptions = {}): AnnotateResult {
  if (doc.source.format !== 'html') throw new VanbanError('unsupported-format', `--annotate writes back HTML pages; this input is ${doc.source.format}`, { file: doc.source.name });
  const { label, bom } = pageEncoding(input);
  const html = new TextDecoder(label).decode(input.subarray(bom));
  const utf8 = label === 'utf-8';
  if (utf8 && Buffer.byteLength(html, 'utf8') !== input.length - bom) throw new VanbanError('unsupported-format', '--annotate keeps the page\'s bytes; this page is not valid UTF-8', { file: doc.source.name });
  if (!utf8 && html.length !== input.length - bom) throw new VanbanError('unsupported-format', `--annotate keeps the page's bytes; its encoding ${label} is not one byte per character`, { file: doc.source.name });
  const vis = visibleText(html);
  const sourceLineStarts = lineStartsOf(html);
  const textLineStarts = lineStartsOf(doc.text);
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  let cursor = 0;
  let placed = 0;
  let missed = 0;
  let lastEnd = -1;
  let order = 0;
  const citations = { placed: 0, total: 0 };
  for (const mark of citationAndUnitMarks(doc, options)) {
    // the stretch of the page the mark's text line was read from: its source line up to the next text line's
    const i = lowerBound(textLineStarts, mark.start + 1) - 1;
    const last = lowerBound(textLineStarts, mark.end) - 1; // a mention may run over a line break
    const line = doc.sourceLines?.[i];
    const next = doc.sourceLines?.[last + 1];
    const lineStart = line ? (sourceLineStarts[line - 1] ?? 0) : 0;
    const stretchEnd = !line || !next ? html.length : next > line ? (sourceLineStarts[next - 1] ?? html.length) : (sourceLineStarts[next] ?? html.length);
    const words = doc.text.slice(mark.start, mark.end);
    if (mark.kind === 'citation') citations.total++;
    const at = find(vis, words, Math.max(lineStart, cursor), stretchEnd) ?? find(vis, words, lineStart, stretchEnd);
    if (!at || at[0] < lastEnd) {
      missed++;
      continue;
    }
    placed++;
    if (mark.kind === 'citation') citations.placed++;
    cursor = at[1];
    lastEnd = at[1];
    // one element per run of text between tags
    let runStart = at[0];
    for (let i = at[0]; i <= at[1]; i++) {
      const atTag = i < at[1] && html[i] === '<';
      if (i === at[1] || atTag) {
        if (html.slice(runStart, i).trim()) {
          inserts.push({ at: runStart, text: openTag(mark), order: order++ });
          inserts.push({ at: i, text: closeTag(mark), order: order++ });
        }
        if (atTag) {
          const close = html.indexOf('>', i);
          i = close < 0 ? at[1] : close;
          runStart = i + 1;
        }
      }
    }
  }
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  // the page's own bytes between the inserted tags
  const pieces: Uint8Array[] = [input.subarray(0, bom)];
  let byteAt = bom;
  let charAt = 0;
  for (const ins of inserts) {
    const bytes = utf8 ? Buffer.byteLength(html.slice(charAt, ins.at), 'utf8') : ins.at - charAt;
    pieces.push(input.subarray(byteAt, byteAt + bytes), Buffer.from(ins.text, 'ascii'));
    byteAt += bytes;
    charAt = ins.at;
  }
  pieces.push(input.subarray(byteAt));
  return { bytes: Buffer.concat(pieces), placed, missed, citations };
}
