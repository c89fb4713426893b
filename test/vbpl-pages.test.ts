import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// Pages of the national legal-document database, saved whole (styles, scripts, navigation around the
// document). They live beside the repository (../shared/corpus/html), as in CI. The facts below were
// read by hand from each page: the "Số:" cell, the type heading, the date line, the signer under the
// signature, and the page's article elements (class "prov-article").
const HTML = new URL('../../shared/corpus/html/', import.meta.url);
const PAGES = [
  { file: 'vbpl-doc-000010.html', number: '11/2026/TT-BCT', typeName: 'Thông tư', kind: 'circular', date: '2026-02-27', signer: 'Trương Thanh Hoài', articles: 22, signature: { authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG' } },
  { file: 'vbpl-doc-000150.html', number: '40/2025/QĐ-TTg', typeName: 'Quyết định', kind: 'decision', date: '2025-10-31', signer: 'Phạm Thị Thanh Trà', articles: 9, signature: { authority: 'KT.', onBehalfOf: 'THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG' } },
  { file: 'vbpl-doc-000300.html', number: '301/2025/NĐ-CP', typeName: 'Nghị định', kind: 'decree', date: '2025-11-17', signer: 'Trần Hồng Hà', articles: 30, signature: { authority: 'TM.', onBehalfOf: 'CHÍNH PHỦ', title: 'PHÓ THỦ TƯỚNG' } },
];

describe.runIf(existsSync(HTML))('pages of the national legal-document database', () => {
  it.each(PAGES)('$file', (page) => {
    const doc = parse(readFileSync(new URL(page.file, HTML)), { name: page.file });
    expect(doc.source.format).toBe('html');
    const d = doc.document;
    expect([d.number, d.typeName, d.kind, d.date]).toEqual([page.number, page.typeName, page.kind, page.date]);
    expect(d.signature).toMatchObject({ name: page.signer, ...page.signature });
    expect(d.articles.map((a) => a.number)).toEqual(Array.from({ length: page.articles }, (_, i) => i + 1));
    expect(doc.text).not.toMatch(/function\s*\(|\{\s*[a-z-]+\s*:/u);
  });
});
