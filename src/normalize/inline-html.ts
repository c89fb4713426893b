import type { LineNode } from '../tree.js';

const TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/giu;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/giu;

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()] ?? whole;
}

/** Inline HTML left in text (`<i>điểm b</i>`) out, entities decoded; the words stay. */
export function stripInlineHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text.replace(TAG, '').replace(ENTITY, decodeEntity).replace(/ {2,}/g, ' ').trim();
}

/** Pass: inline HTML tags out of every line and cell. */
export function inlineHtml(lines: LineNode[]): LineNode[] {
  return lines
    .map((line) => {
      const value = stripInlineHtml(line.value);
      if (value === line.value) return line;
      const next: LineNode = { ...line, value };
      return next;
    })
    .filter((line) => line.value !== '');
}
