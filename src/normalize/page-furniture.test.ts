import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { markdownToBlocks } from '../sources/markdown.js';
import { blockLines } from '../tree.js';
import { pageFurniture } from './page-furniture.js';
import { linesOf, values } from './test-lines.js';

describe('pageFurniture', () => {
  it('removes the gazette running header and the page number beside it, and reports them', () => {
    const file = new VFile();
    const lines = pageFurniture(
      linesOf('2. Các nhiệm vụ trong Chương trình hành động', '14', 'CÔNG BÁO/Số 345 + 346/Ngày 20-4-2026', 'tiếp tục được triển khai thực hiện.', 'CÔNG BÁO/Số 345 + 346/Ngày 20-4-2026 15', 'Điều 4. Các Bộ trưởng'),
      file,
    );
    expect(values(lines)).toEqual(['2. Các nhiệm vụ trong Chương trình hành động', 'tiếp tục được triển khai thực hiện.', 'Điều 4. Các Bộ trưởng']);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['page-furniture', 2],
      ['page-furniture', 3],
      ['page-furniture', 5],
    ]);
  });
  it('removes OCR page-break markers and front matter, in text and in Markdown', () => {
    const text = ['---', 'source: cv-123.pdf', 'pages: 2', '---', 'BẢO HIỂM XÃ HỘI VIỆT NAM', '--- PAGE BREAK ---', 'KT. TONG GIÁM DOC'];
    expect(values(pageFurniture(linesOf(...text), new VFile()))).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'KT. TONG GIÁM DOC']);
    const md = markdownToBlocks(`${text.join('\n\n').replace('---\n\nsource: cv-123.pdf\n\npages: 2\n\n---', '---\nsource: cv-123.pdf\npages: 2\n---')}\n`);
    expect(values(pageFurniture(md.flatMap(blockLines), new VFile()))).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'KT. TONG GIÁM DOC']);
  });
  it('keeps numbers, rules and lines of the document that only look like furniture', () => {
    const raw = ['Số: 15/BC-BHXH', '1', 'Công báo số 12 đăng tải Nghị định', '---', 'Trang thiết bị y tế'];
    expect(values(pageFurniture(linesOf(...raw), new VFile()))).toEqual(raw);
  });
});

describe('pageFurniture: running footers', () => {
  it('removes a footer that numbers the page, and the page number after it', () => {
    const file = new VFile();
    const out = pageFurniture(linesOf('hướng tới mục tiêu BHXH, BHYT toàn dân.', 'Quyết định số 40/QĐ-BHXH – Trang 5/12', '6', 'TT'), file);
    expect(values(out)).toEqual(['hướng tới mục tiêu BHXH, BHYT toàn dân.', 'TT']);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['page-furniture', 'page-furniture']);
  });
});
