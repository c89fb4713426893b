import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fixtureNames, parsed } from '../../test/fixtures.js';
import { documentToMarkdown } from './markdown.js';

const reparse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
const tables = (root: Root) => root.children.filter((n): n is Table => n.type === 'table');
const headings = (root: Root) => root.children.filter((n): n is Heading => n.type === 'heading').map((h) => toString(h));

describe('documents as Markdown', () => {
  it.each(fixtureNames)('%s: every row of its task tables comes back as a GFM table row, cell by cell', (name) => {
    const doc = parsed(name);
    const root = reparse(documentToMarkdown(doc));
    const rows = tables(root).flatMap((t) => t.children.slice(1));
    expect(rows).toHaveLength(doc.appendices.reduce((n, a) => n + a.rows.length, 0));
    const all = doc.appendices.flatMap((a) => a.rows);
    rows.forEach((row, i) => {
      const r = all[i]!;
      expect(toString(row.children[0]!)).toBe(r.stt ?? '');
      expect(toString(row.children[1]!)).toBe([r.label, r.task].filter(Boolean).join(' ').split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
      expect(toString(row.children[4]!)).toBe((r.timeText ?? '').split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
    });
    for (const t of tables(root)) for (const row of t.children) expect(row.children).toHaveLength(t.children[0]!.children.length);
  });

  it('writes QĐ 40/QĐ-BHXH with its title, articles, the programme\'s sections and the table\'s groups as headings', () => {
    const doc = parsed('qd-40-qd-bhxh-2023.txt');
    const md = documentToMarkdown(doc);
    const root = reparse(md);
    const hs = headings(root);
    expect(hs[0]).toBe(`Quyết định: ${doc.document.subject}`);
    expect(md).toContain('**Điều 1.** Ban hành kèm theo Quyết định này Chương trình hành động');
    expect(hs).toContain('II. Nhiệm vụ và giải pháp');
    // the sections come after the attachment's title (the programme is issued with the decision)
    expect(hs.indexOf('II. Nhiệm vụ và giải pháp')).toBeGreaterThan(hs.findIndex((h) => h.startsWith('CHƯƠNG TRÌNH HÀNH ĐỘNG')));
    for (const g of doc.appendices[0]!.groups) expect(hs).toContain(`${g.stt}. ${g.title}`);
    expect(tables(root).length).toBeGreaterThanOrEqual(doc.appendices[0]!.groups.length - 2);
    expect(md).toContain('Ban Quản lý Thu - Sổ, Thẻ (TST)');
  });
});
