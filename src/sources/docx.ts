/**
 * The DOCX source: mammoth turns the Word document into HTML (paragraphs, tables with their merged
 * cells as rowspan/colspan, footnotes; page headers and footers are left out), which the HTML source
 * reads. Footnote references become superscript numbers and the notes `¹ …` lines at the end, as a
 * page prints them. Places are the lines of the extracted text (a DOCX has no lines of its own).
 */
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { VanbanError } from '../errors.js';
import type { BlockNode, RootNode } from '../tree.js';
import { htmlToBlocks } from './html.js';
import { numberLines, superscriptNumber } from './line-collector.js';
import type { Note } from './notes.js';
import { zipEntrySizes } from './zip-sizes.js';

export interface DocxOptions {
  file?: string | null;
  /** The most the document's XML parts may declare once decompressed (checked before anything is inflated). */
  maxXmlBytes?: number;
  /** Receives what mammoth had to say about the document (unsupported content, broken parts). */
  notes?: Note[];
}

const NOTE_ID = /^(foot|end)note-(\d{1,6})$/u;

/** mammoth's footnotes (`<sup><a id="footnote-ref-2">[1]</a></sup>` … `<ol><li id="footnote-2">… ↑</li></ol>`) as printed notes. */
export function printNotes(html: string): string {
  const $ = cheerio.load(html);
  const printed = new Map<string, string>();
  $('a[id^="footnote-ref-"], a[id^="endnote-ref-"]').each((_, a) => {
    const id = $(a).attr('id')!.replace('-ref-', '-');
    printed.set(id, $(a).text());
  });
  $('li[id^="footnote-"], li[id^="endnote-"]').each((_, li) => {
    const id = $(li).attr('id')!;
    if (!NOTE_ID.test(id)) return;
    $(li).find('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').remove();
    const mark = superscriptNumber(printed.get(id) ?? '') ?? '';
    const paragraphs = $(li).children('p');
    const first = paragraphs.first();
    if (first.length) first.prepend(`${mark} `);
    else $(li).prepend(`${mark} `);
    $(li).closest('ol').before(paragraphs.length ? paragraphs : `<p>${$(li).html() ?? ''}</p>`);
  });
  $('ol').filter((_, ol) => $(ol).children('li[id^="footnote-"], li[id^="endnote-"]').length > 0).remove();
  return $('body').html() ?? '';
}

/** The blocks (lines and tables) of a Word document. */
export async function docxToBlocks(input: Uint8Array, options: DocxOptions = {}): Promise<BlockNode[]> {
  const limit = options.maxXmlBytes ?? Number.POSITIVE_INFINITY;
  // the zip says what its parts take once decompressed: a few MB of zip can hold gigabytes of XML
  const xml = (zipEntrySizes(input) ?? []).filter((e) => /\.(?:xml|rels)$/iu.test(e.name)).reduce((n, e) => n + e.size, 0);
  if (xml > limit) {
    throw new VanbanError('too-large', `the Word document's XML takes ${Number.isFinite(xml) ? `${xml} bytes` : 'more than 4 GB'} once decompressed, more than ${limit}: not read (limits.maxDocxXmlBytes)`, {
      file: options.file,
    });
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
    // a style with no HTML counterpart loses no text (an info); anything else it ignored may have (a warning)
    for (const m of result.messages) {
      options.notes?.push({ ruleId: 'docx-reader', message: `the Word reader (mammoth): ${m.message}`, severity: m.type === 'warning' && /\bstyle\b/iu.test(m.message) ? 'info' : 'warning' });
    }
  } catch (error) {
    throw new VanbanError('invalid-docx', `not a readable Word document: ${(error as Error).message}`, { file: options.file, cause: error });
  }
  if (html.replace(/<[^<>]{0,500}>/gu, '').trim() === '') {
    throw new VanbanError('empty-input', 'the Word document holds no text', { file: options.file });
  }
  return numberLines(htmlToBlocks(`<!DOCTYPE html><html><body>${printNotes(html)}</body></html>`, { file: options.file, scope: 'fragment' }));
}

export async function docxToTree(input: Uint8Array, options: DocxOptions = {}): Promise<RootNode> {
  return { type: 'root', children: await docxToBlocks(input, options) };
}
