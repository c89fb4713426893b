import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// Saved pages of provincial and city decisions (../shared/corpus), read whole: the preamble's bases,
// the proposer, the articles after a long italic enacting clause, and signs printed as typists do.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const hasCorpus = existsSync(join(CORPUS, 'silver.json'));
const read = (path: string) => parse(readFileSync(join(CORPUS, path)), { name: path });

describe.runIf(hasCorpus)('preambles and signs of saved decision pages', () => {
  it('reads a basis printed without "Căn cứ" and keeps Article 1 after an italic clause of 11 lines', () => {
    // Huế city: seven bases (one printed "Nghị định số 79/2025/NĐ-CP …;"), the proposer, then the
    // enacting clause "Ủy ban nhân dân thành phố Huế ban hành Quyết định …" in italics
    const { document } = read('input/606d5f203dec293b.md');
    expect(document.legalBases).toHaveLength(7);
    expect(document.legalBases[4]!.citationIds).toEqual(['79/2025/NĐ-CP']);
    expect(document.proposedBy).toBe('Sở Tài chính');
    expect(document.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(document.intro).toMatch(/^Ủy ban nhân dân thành phố Huế ban hành Quyết định bãi bỏ/u);
  });

  it('reads two bases printed in one paragraph as two', () => {
    // Lào Cai: "…kiểm soát thủ tục hành chính; Căn cứ Quyết định số 3659/QĐ-BKHCN …"
    const laoCai = read('input/856f6487c18d75d0.md').document.legalBases;
    expect(laoCai.map((b) => b.citationIds[0])).toEqual(['72/2025/QH15', '63/2010/NĐ-CP', '02/2017/TT-VPCP', '3659/QĐ-BKHCN']);
    // Nghệ An: "…kiểm soát thủ tục hành chính; Căn cứ Thông tư số 03/2025/TT-VPCP …"
    const ngheAn = read('input/e8652ce55bfaba04.md').document.legalBases;
    expect(ngheAn).toHaveLength(8);
    expect(ngheAn[5]!.citationIds[0]).toBe('03/2025/TT-VPCP');
  });

  it('cites a submission whose sign holds "&" whole, with its date', () => {
    const { citations } = read('input/dc1e1584661e6162.md');
    expect(citations.find((c) => c.id === '3461/TTr-SGD&ĐT')).toMatchObject({ type: 'Tờ trình', date: '2025-11-14', issuerCode: 'SGD&ĐT' });
  });

  it('cites a dotted Government resolution number in a basis (national database page)', () => {
    const doc = read('html/vbpl-doc-000010.html');
    expect(doc.citations.find((c) => c.id === '66.13/2026/NQ-CP')).toMatchObject({ type: 'Nghị quyết', date: '2026-01-27' });
    expect(doc.document.legalBases.find((b) => b.text.includes('66.13/2026/NQ-CP'))!.citationIds).toContain('66.13/2026/NQ-CP');
  });

  it('makes "270/QD- TTg" one citation with "270/QĐ-TTg" (a Prime Minister\'s decision)', () => {
    const { citations } = read('input/c93728206e91346c.md');
    expect(citations.filter((c) => c.id.startsWith('270/'))).toHaveLength(1);
    expect(citations.find((c) => c.id === '270/QĐ-TTg')!.mentions.some((m) => m.text.includes('QD'))).toBe(true);
  });
});

describe('a document whose own sign holds "&"', () => {
  it('reads its number and the parts of the sign', () => {
    const text = [
      'UBND TỈNH NGHỆ AN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1234/QĐ-SGD&ĐT',
      'Nghệ An, ngày 14 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Căn cứ Quyết định số 3068/QĐ-UBND ngày 29/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Tổ công tác.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    ].join('\n');
    const { document, diagnostics } = parse(text, { name: 'qd-sgddt.txt' });
    expect(document.number).toBe('1234/QĐ-SGD&ĐT');
    expect(document.numberParts).toEqual({ seq: 1234, year: null, typeCode: 'QĐ', issuerCode: 'SGD&ĐT', unitCode: null });
    expect(diagnostics.some((d) => d.code === 'unread-number')).toBe(false);
  });
});
