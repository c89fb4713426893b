import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { FIXTURES, fixtureNames, parsed } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

describe('renderHtml', () => {
  it.each(fixtureNames)('%s: every task row, citation mention and card value is on the page and its link lands on an anchor', (name) => {
    const doc = parsed(name);
    const $ = load(renderHtml(doc));
    const rows = doc.appendices.flatMap((a) => a.rows);
    expect($('tr.task')).toHaveLength(rows.length);
    // every internal link has its target; nothing points outside the page
    const ids = new Set($('[id]').map((_, e) => $(e).attr('id')).get());
    for (const href of $('[href]').map((_, e) => $(e).attr('href')).get()) {
      expect(href.startsWith('#'), href).toBe(true);
      expect(ids.has(href.slice(1)), href).toBe(true);
    }
    expect($('[src]')).toHaveLength(0);
    expect($('script')).toHaveLength(0);
    // a row's STT links to the text line read from the row's source line
    $('tr.task').each((i, tr) => {
      const target = $(tr).find('td.stt a').attr('href');
      expect(target, `row ${i}`).toBeDefined();
      expect(Number($(`${target} .no`).text())).toBe(rows[i]!.line);
    });
    // every citation mention is highlighted with its own words and linked to its entity
    doc.citations.forEach((c, ci) =>
      c.mentions.forEach((m, mi) => {
        const mark = $(`#mention-${ci}-${mi}`);
        expect(mark.attr('href')).toBe(`#cite-${ci}`);
        const shown = $(`.hl-citation[href="#cite-${ci}"]`).filter((_, e) => $(e).text().length > 0);
        expect(shown.length).toBeGreaterThan(0);
        expect(m.text.replaceAll('\n', ' ')).toContain(mark.text().split('\n')[0]!.trim().slice(0, 6));
      }),
    );
  });

  it('QĐ 40/QĐ-BHXH: the card shows the values read, each linked to where it was printed', () => {
    const doc = parsed('qd-40-qd-bhxh-2023.txt');
    const $ = load(renderHtml(doc));
    const card = (key: string) => $(`dd.meta-${key} a`);
    expect(card('number').text()).toBe('40/QĐ-BHXH');
    expect($(card('number').attr('href')).text()).toBe('40/QĐ-BHXH');
    expect(card('date').text()).toBe('18/01/2023 — Hà Nội');
    expect($(card('date').attr('href')).text()).toBe('ngày 18 tháng 01 năm 2023');
    // the issuer is printed over two lines: the span's id on the first, the second names it
    expect([$(card('issuer').attr('href')).text(), $('[data-of="value-issuer"]').text()]).toEqual(['BẢO HIỂM XÃ HỘI', 'VIỆT NAM']);
    expect($(card('signer').attr('href')).text()).toBe('Nguyễn Thế Mạnh');
    expect(card('subject').text()).toBe(doc.document.subject);
    // lead chips carry the registry id, partners outside the registry's ids say so
    const first = $('tr.task').first();
    expect(first.find('td').eq(2).find('.chip code').text()).toBe('TST');
    expect(first.find('td').eq(4).text()).toBe('Năm 2023năm: 01/01/2023 – 31/12/2023');
    expect($('tr.group').first().text()).toMatch(/^I\. Tập trung tăng nhanh diện bao phủ/u);
    // highlighted units and dates in the text, linked to the units list
    expect($('.text .hl-unit').length).toBeGreaterThan(42);
    expect($('.text .hl-unit').first().attr('href')).toMatch(/^#unit-\d+$/u);
    expect($('.text .hl-date').length).toBeGreaterThan(5);
    expect($('.text .hl-heading').text()).toContain('Điều 1.');
    // each numbered section with a title has its heading marked, in order
    const flat = (ss: typeof doc.sections): typeof doc.sections => ss.flatMap((s) => [s, ...flat(s.children)]);
    const headings = $('.text .hl-heading').map((_, e) => $(e).text()).get();
    for (const s of flat(doc.sections).filter((x) => x.title && x.label !== '-' && x.label !== '+')) {
      expect(headings.some((t) => (t.startsWith(`${s.label}. `) || t.startsWith(`${s.label}) `)) && s.title!.startsWith(t.slice(s.label.length + 2, s.label.length + 12))), `${s.label}. ${s.title}`).toBe(true);
    }
  });

  it('escapes what the document says: markup in a task is text, not elements', () => {
    const doc = structuredClone(parsed('qd-2422-qd-bhxh-2020.txt'));
    doc.appendices[0]!.rows[0]!.task = '<script>alert(1)</script> & "x"';
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>');
    expect(load(html)('tr.task td').eq(1).text()).toBe('<script>alert(1)</script> & "x"');
  });

  it('lists warnings before notes, and marks the lines they name', () => {
    const doc = parsed('qd-1177-qd-bhxh-2023.txt');
    const $ = load(renderHtml(doc));
    const order = $('ul.diags li .sev').map((_, e) => $(e).text()).get();
    expect(order).toHaveLength(doc.diagnostics.length);
    const firstNote = order.indexOf('Ghi chú');
    expect(order.slice(firstNote).every((s) => s === 'Ghi chú')).toBe(true);
    expect($('.ln .dm[href^="#diag-"]').length).toBeGreaterThan(0);
  });
});

describe('vanban view', () => {
  const temp = tempDirs('vanban-view-');
  it('writes one page per input into --out', () => {
    const out = temp();
    const res = spawnSync(process.execPath, [CLI, 'view', join(FIXTURES.pathname, 'md'), '/nonexistent.txt', '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(readdirSync(new URL('md/', FIXTURES)).map((f) => f.replace(/\.md$/, '.html')).sort());
    expect(load(readFileSync(join(out, 'qd-40-qd-bhxh-2023.html'), 'utf8'))('tr.task')).toHaveLength(42);
    expect(res.stderr).toContain('5 pages written, 1 failed');
  });

  it('keeps inputs of the same name apart: the second keeps its extension', () => {
    const out = temp();
    const res = spawnSync(process.execPath, [CLI, 'view', join(FIXTURES.pathname, 'qd-2422-qd-bhxh-2020.txt'), join(FIXTURES.pathname, 'md/qd-2422-qd-bhxh-2020.md'), '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const [plain, kept, ...more] = readdirSync(out).sort();
    expect(more).toEqual([]);
    expect(plain).toBe('qd-2422-qd-bhxh-2020.html');
    expect(kept).toMatch(/^qd-2422-qd-bhxh-2020\.(md|txt)\.html$/u);
  });
});
