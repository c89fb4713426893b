import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../errors.js';
import { detectFormat, looksLikeHtml, looksLikeMarkdown } from './detect.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const zip = (...names: string[]) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...names.flatMap((n) => [...bytes(n), 0, 0])]);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return isVanbanError(error) ? error.code : String(error);
  }
};

describe('detectFormat', () => {
  it('knows a PDF by %PDF-, also after some junk, whatever its name says', () => {
    expect(detectFormat(bytes('%PDF-1.7\n…'), { name: 'a.txt' })).toBe('pdf');
    expect(detectFormat(bytes('\r\n  %PDF-1.4\n'))).toBe('pdf');
  });
  it('knows a DOCX by its zip holding word/document.xml; another zip is a format it does not read', () => {
    expect(detectFormat(zip('[Content_Types].xml', 'word/document.xml'), { name: 'x.bin' })).toBe('docx');
    expect(codeOf(() => detectFormat(zip('content.xml', 'mimetype'), { name: 'a.odt' }))).toBe('unsupported-format');
    expect(codeOf(() => detectFormat(zip('content.xml'), { name: 'a.docx' }))).toBe('invalid-docx');
  });
  it('knows HTML by the markup that opens it, not by a tag inside text', () => {
    expect(detectFormat(bytes('\ufeff<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(detectFormat('<?xml version="1.0"?><!-- saved --><html><p>x</p></html>')).toBe('html');
    expect(detectFormat(bytes('<p>Điều 1.</p><p>Nội dung</p>'))).toBe('html');
    expect(detectFormat('Phụ lục\n2.2\tThực hiện <i>Toàn trình</i>\n')).toBe('text');
    expect(looksLikeHtml('text <br> more', 'a.html')).toBe(true);
    expect(looksLikeHtml('text <br> more', 'a.txt')).toBe(false);
  });
  it('knows Markdown by a GFM table or headings; a page dump with lone pipes is text', () => {
    expect(detectFormat('Căn cứ\n\n| STT | Nội dung |\n| --- | :---: |\n| 1 | x |\n')).toBe('markdown');
    expect(detectFormat('# QUYẾT ĐỊNH\n\n## Điều 1\n\ntext', { name: 'a.md' })).toBe('markdown');
    expect(detectFormat('# QUYẾT ĐỊNH\n\n## Điều 1\n\ntext', { name: 'a.txt' })).toBe('text');
    expect(looksLikeMarkdown('|\n|\n|\n# A\n## B\n### C\n', 'a.md')).toBe(false);
    // one stray "|" in a saved page with headings does not make it text (issue 13)
    expect(looksLikeMarkdown('# A\n|\n## B\n### C\n', 'a.md')).toBe(true);
    expect(detectFormat('BẢO HIỂM XÃ HỘI\n-------\nSố: 1/QĐ-BHXH\n')).toBe('text');
  });
  it('refuses by name the office formats it does not read: Word 97–2003 .doc, RTF', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]);
    expect(codeOf(() => detectFormat(ole, { name: 'quyet-dinh.doc' }))).toBe('unsupported-format');
    expect(() => detectFormat(ole, { name: 'quyet-dinh.doc' })).toThrow(/Word 97–2003 \.doc.*save it as \.docx or PDF/u);
    expect(codeOf(() => detectFormat(bytes('{\\rtf1\\ansi\\deff0 QUY\\u7870?T'), { name: 'x.rtf' }))).toBe('unsupported-format');
    expect(codeOf(() => detectFormat(bytes('\ufeff{\\rtf1 x'), { name: 'x.txt' }))).toBe('unsupported-format');
    expect(codeOf(() => detectFormat('{\\rtf1\\ansi x'))).toBe('unsupported-format');
    // text that speaks of RTF is text
    expect(detectFormat(bytes('Công văn {\\rtf} số 1'))).toBe('text');
  });
  it('calls a file named .pdf or .docx that is none a typed error', () => {
    expect(codeOf(() => detectFormat(bytes('this is not a pdf'), { name: 'bad.pdf' }))).toBe('invalid-pdf');
    expect(codeOf(() => detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), { name: 'bad.pdf' }))).toBe('invalid-pdf');
    expect(codeOf(() => detectFormat(bytes('plain'), { name: 'bad.docx' }))).toBe('invalid-docx');
    // an empty file is empty, whatever its name
    expect(detectFormat(new Uint8Array(), { name: 'empty.pdf' })).toBe('text');
  });
});
