import { VanbanError } from '../errors.js';
import type { Source } from '../schema/decision.js';
import { imageKind } from './ocr-images.js';

export type SourceFormat = Source['format'];

export interface DetectOptions {
  /** The input's file name: a hint when the bytes are ambiguous, and for error messages. */
  name?: string | null;
}

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DOCX_PART = 'word/document.xml';
/** An OLE compound file: a Word 97–2003 `.doc` (or an `.xls`, a `.ppt`, an `.msg`). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = '{\\rtf';
/** A PDF may carry some junk before its header; readers look for it in the first kilobyte. */
const PDF_WINDOW = 1024;
const SNIFF_CHARS = 65536;

/** Markup that only an HTML page has: a doctype, or an html/head/body/block element opening the text. */
const HTML_START = /^<(?:!doctype\s{1,9}html|html|head|body|meta|title|div|p|table|article|section|main|h[1-6])[\s>/]/iu;
const XML_DECLARATION = /^<\?xml[^>]{0,200}>/u;
const HTML_ANY_BLOCK = /<(?:p|div|table|tr|td|br|h[1-6]|body)[\s>/]/iu;
const DELIMITER_CELL = /^:?-{3,}:?$/u;
const ATX_HEADING = /^ {0,3}#{1,6} \S/gmu;

function extension(name: string | null | undefined): string {
  const m = /\.([a-z0-9]{1,10})$/iu.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

function startsWithBytes(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function hasAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): boolean {
  const first = text.charCodeAt(0);
  const end = Math.min(to, bytes.length) - text.length;
  for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < text.length && bytes[i + j] === text.charCodeAt(j)) j++;
    if (j === text.length) return true;
  }
  return false;
}

/** The text after a BOM, an XML declaration, comments and white space. */
function afterProlog(text: string): string {
  let head = text.replace(/^\ufeff/u, '').trimStart().replace(XML_DECLARATION, '').trimStart();
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) return '';
    head = head.slice(end + 3).trimStart();
  }
  return head;
}

/**
 * Formats an office keeps documents in that vanban does not read, each refused by name with what to do
 * (their bytes would otherwise be read as binary data, or an RTF file's control words as its text).
 */
function refuseUnreadFormats(input: Uint8Array, name: string | null): void {
  const refuse = (what: string) => {
    throw new VanbanError('unsupported-format', `the input is ${what}, which vanban does not read: save it as .docx or PDF`, { file: name });
  };
  if (startsWithBytes(input, OLE_MAGIC)) refuse('an OLE compound file (a Word 97–2003 .doc, or another old Office file)');
  if (hasAscii(input, RTF_MAGIC, 0, 3 + RTF_MAGIC.length)) refuse('an RTF document');
  if (startsWithBytes(input, ZIP_MAGIC) && extension(name) !== 'docx') refuse('a zip archive holding no Word document (an .odt, an .xlsx or another archive)');
}

/** A GFM table's delimiter row: `| --- | :---: |`, two or more columns, with pipes. */
function isDelimiterRow(line: string): boolean {
  if (!line.includes('|')) return false;
  const cells = line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|');
  return cells.length >= 2 && cells.every((c) => DELIMITER_CELL.test(c.trim()));
}

/** True when the text is an HTML page (markup opens it), not text that happens to hold a tag. */
export function looksLikeHtml(text: string, name?: string | null): boolean {
  const head = afterProlog(text.slice(0, SNIFF_CHARS));
  if (HTML_START.test(head)) return true;
  const ext = extension(name);
  return (ext === 'html' || ext === 'htm') && HTML_ANY_BLOCK.test(head);
}

const LAYOUT_PIPES = 3;

/**
 * True when the text is Markdown with structure a plain text has not: a GFM table, or headings. A
 * page dumped by a converter that writes table cells as lone `|` lines is scraped text, not Markdown.
 */
export function looksLikeMarkdown(text: string, name?: string | null): boolean {
  const head = text.slice(0, SNIFF_CHARS * 4);
  const lines = head.split('\n');
  if (lines.some(isDelimiterRow)) return true;
  // a saved page laid out in cells has many lone "|" lines; one stray "|" does not make Markdown text
  if (lines.filter((l) => l.trim() === '|').length >= LAYOUT_PIPES) return false;
  const headings = head.match(ATX_HEADING)?.length ?? 0;
  const ext = extension(name);
  return headings >= 2 && (ext === 'md' || ext === 'markdown' || headings >= 3);
}

/**
 * The format of an input, from its bytes: a PNG, JPEG or TIFF signature (a page image), `%PDF-`, a zip holding `word/document.xml` (DOCX), HTML
 * markup, Markdown tables or headings, else text. The file name is only a hint for ambiguous text;
 * a name that promises a binary format the bytes do not have is a typed error.
 */
export function detectFormat(input: string | Uint8Array, options: DetectOptions = {}): SourceFormat {
  const name = options.name ?? null;
  const ext = extension(name);
  if (typeof input !== 'string') {
    // a page image (PNG, JPEG, TIFF), read by OCR
    if (imageKind(input)) return 'image';
    if (hasAscii(input, PDF_MAGIC, 0, PDF_WINDOW + PDF_MAGIC.length)) return 'pdf';
    // a zip that is no Word document is binary data to the text reader
    if (startsWithBytes(input, ZIP_MAGIC) && hasAscii(input, DOCX_PART)) return 'docx';
    refuseUnreadFormats(input, name);
    if (input.length > 0 && ext === 'pdf') {
      throw new VanbanError('invalid-pdf', 'the file is named .pdf but is not a PDF: it has no %PDF- header', { file: name });
    }
    if (input.length > 0 && ext === 'docx') {
      throw new VanbanError('invalid-docx', 'the file is named .docx but is not a Word document: it is no zip holding word/document.xml', { file: name });
    }
  } else if (input.replace(/^\ufeff/u, '').startsWith(RTF_MAGIC)) {
    throw new VanbanError('unsupported-format', 'the input is an RTF document, which vanban does not read: save it as .docx or PDF', { file: name });
  } else if (input.trim() !== '' && (ext === 'pdf' || ext === 'docx')) {
    throw new VanbanError(ext === 'pdf' ? 'invalid-pdf' : 'invalid-docx', `the file is named .${ext} but was given as text`, { file: name });
  }
  const text = typeof input === 'string' ? input.slice(0, SNIFF_CHARS * 4) : new TextDecoder('utf-8').decode(input.subarray(0, SNIFF_CHARS * 4));
  if (looksLikeHtml(text, name)) return 'html';
  if (looksLikeMarkdown(text, name)) return 'markdown';
  return 'text';
}
