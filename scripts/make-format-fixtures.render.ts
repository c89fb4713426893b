/**
 * Renders a seed's layout model (make-format-fixtures.model.ts) as a published web page (HTML), a
 * Markdown export with GFM tables, and a flat OpenDocument text (.fodt) that LibreOffice turns into
 * the PDF and DOCX renditions.
 */
import type { Block, Layout, Model, Note, Para, TableCell, TaskTable } from './make-format-fixtures.model.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ── HTML ───────────────────────────────────────────────────────────────────────────────────────

function htmlPara(p: Para): string {
  const text = xml(p.text);
  switch (p.style) {
    case 'title':
      return `<p align="center"><b>${text}</b></p>`;
    case 'center':
      return `<p align="center">${text}</p>`;
    case 'italic-center':
      return `<p align="center"><i>${text}</i></p>`;
    case 'bold':
      return `<p><b>${text}</b></p>`;
    default:
      return `<p>${text}</p>`;
  }
}

/** The header block's cells break their lines with `<br>`; the closing's cells hold paragraphs. */
function htmlLayout(l: Layout, index: number): string {
  const cell = (lines: string[]) =>
    index === 0 ? `<td align="center" valign="top">${lines.map(xml).join('<br>\n')}</td>` : `<td valign="top">${lines.map((x) => `<p>${xml(x)}</p>`).join('\n')}</td>`;
  const rows = l.rows.map((r) => `<tr>\n${r.map(cell).join('\n')}\n</tr>`).join('\n');
  return `<table class="${index === 0 ? 'header-block' : 'signature-block'}" border="0" cellpadding="0" width="100%">\n${rows}\n</table>`;
}

const noteMarks = (notes: Note[]) => notes.map((n) => `<sup>${n.mark}</sup>`).join('');

function htmlTable(t: TaskTable): string {
  const head = `<thead>\n<tr>${t.columns.map((c) => `<th>${xml(c)}</th>`).join('')}</tr>\n</thead>`;
  const td = (c: TableCell) => {
    const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
    return `<td${spans}>${xml(c.text)}${noteMarks(c.notes)}</td>`;
  };
  const body = t.rows.map((r) => `<tr>${r.flatMap((c) => (c ? [td(c)] : [])).join('')}</tr>`).join('\n');
  const notes = t.notes.map((n) => `<p class="footnote"><sup>${n.mark}</sup> ${xml(n.text)}</p>`).join('\n');
  return `<table class="task-table" border="1" cellspacing="0" cellpadding="4">\n${head}\n<tbody>\n${body}\n</tbody>\n</table>\n${notes}`;
}

/** The document inside a page of a publishing site: head with scripts and styles, header, navigation, footer. */
export function renderHtml(model: Model, charset: string): string {
  let layouts = 0;
  const body = model.blocks
    .map((b: Block) => {
      if (b.kind === 'p') return htmlPara(b);
      if (b.kind === 'layout') return htmlLayout(b, layouts++);
      if (b.kind === 'table') return htmlTable(b);
      return b.landscape ? '<div style="page-break-before: always"></div>' : '<br clear="all">';
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${xml(model.title)} - Bảo hiểm xã hội Việt Nam</title>
<style>body { font-family: "Times New Roman", serif; } .task-table td { vertical-align: top; } .footnote { font-size: 90%; }</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } var pageTitle = "Số: văn bản mới";</script>
</head>
<body>
<header class="site-header"><a href="/">Cổng Thông tin điện tử Bảo hiểm xã hội Việt Nam</a> <form><input name="q" placeholder="Tìm kiếm văn bản"><button>Tìm</button></form></header>
<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản chỉ đạo điều hành</a> › ${xml(model.title)}</nav>
<main>
<div class="document-meta"><span>Ngày đăng: 01/02/2024</span> | <span>Lượt xem: 1024</span></div>
<article class="document-content">
${body}
</article>
<div class="downloads"><a href="#">Tải Văn bản tiếng Việt</a> <a href="#">Tải Văn bản gốc</a></div>
</main>
<aside class="related"><h3>Văn bản liên quan</h3><ul><li><a href="#">Quyết định số 1/QĐ-BHXH về việc khác</a></li></ul></aside>
<footer class="site-footer"><p>Bảo hiểm xã hội Việt Nam - Số 7 Tràng Thi, Hoàn Kiếm, Hà Nội</p><script>gtag('config', 'UA-0');</script></footer>
</body>
</html>
`;
}

// ── Markdown ─────────────────────────────────────────────────────────────────────────────────────

const LIST_MARKER = /^(?:[-+] |\d{1,9}[.)](?: |$))/u;

/** Markdown text escapes; a line's own bullet or number stays a list marker. */
function md(text: string, inTable = false): string {
  const marker = inTable ? '' : (LIST_MARKER.exec(text)?.[0] ?? '');
  let rest = text.slice(marker.length).replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);
  if (inTable) rest = rest.replace(/\|/g, '\\|');
  if (!inTable && !marker && /^[#=+-]/u.test(rest)) rest = `\\${rest}`;
  return marker + rest;
}

function mdPara(p: Para): string {
  switch (p.style) {
    case 'title':
      return `## ${md(p.text)}`;
    case 'italic-center':
      return `*${md(p.text)}*`;
    case 'bold':
      return `**${md(p.text)}**`;
    default:
      return md(p.text);
  }
}

function mdRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function mdLayout(l: Layout): string {
  const rows = l.rows.map((r) => r.map((lines) => lines.map((x) => md(x, true)).join('<br>')));
  const width = rows[0]?.length ?? 0;
  return [mdRow(rows[0] ?? []), mdRow(Array.from({ length: width }, () => ':---:')), ...rows.slice(1).map(mdRow)].join('\n');
}

/** GFM tables have no spans: a cell spanning rows is printed in each of them, one spanning columns in its first. */
function mdTable(t: TaskTable): string {
  const grid: string[][] = t.rows.map(() => t.columns.map(() => ''));
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const text = md(cell.text, true) + cell.notes.map((n) => `[^${n.mark}]`).join('');
      for (let rr = r; rr < r + cell.rowSpan; rr++) grid[rr]![c] = text;
    }),
  );
  const lines = [mdRow(t.columns.map((c) => md(c, true))), mdRow(t.columns.map(() => '---')), ...grid.map(mdRow)];
  const notes = t.notes.map((n) => `[^${n.mark}]: ${md(n.text)}`);
  return [lines.join('\n'), ...notes].join('\n\n');
}

export function renderMarkdown(model: Model): string {
  const parts = model.blocks.flatMap((b) => {
    if (b.kind === 'p') return [mdPara(b)];
    if (b.kind === 'layout') return [mdLayout(b)];
    if (b.kind === 'table') return [mdTable(b)];
    return [];
  });
  return `${parts.join('\n\n')}\n`;
}

// ── Flat OpenDocument text ───────────────────────────────────────────────────────────────────────

const FONT = 'DejaVu Serif';

const STYLES = `
<office:font-face-decls>
 <style:font-face style:name="${FONT}" svg:font-family="'${FONT}'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="${FONT}" fo:font-size="12pt" fo:language="vi" fo:country="VN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ItalicCenter" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="CellCenter" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="HeaderCell" style:family="paragraph" style:parent-style-name="CellCenter">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="BlockLine" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="BlockLeft" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="PageNumber" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Portrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="LandscapeLayout">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TitleBreak" style:family="paragraph" style:parent-style-name="Title">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="TitleLandscape" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Landscape"/>
 <style:style style:name="NumberLine" style:family="paragraph" style:parent-style-name="BlockLine">
  <style:paragraph-properties fo:margin-top="0.35cm"/>
 </style:style>
 <style:style style:name="BlockTable" style:family="table">
  <style:table-properties style:width="16cm" table:align="center" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="BlockTable.A" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="BlockTable.B" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="BlockRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
 <style:style style:name="BlockCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="TaskTable" style:family="table">
  <style:table-properties style:width="25.7cm" table:align="center"/>
 </style:style>
 <style:style style:name="TaskCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="HeaderRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Portrait">
  <style:header><text:p text:style-name="PageNumber"><text:page-number text:select-page="current"/></text:p></style:header>
  <style:footer><text:p text:style-name="Footer">RUNNING_FOOTER – Trang <text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout">
  <style:header><text:p text:style-name="PageNumber"><text:page-number text:select-page="current"/></text:p></style:header>
  <style:footer><text:p text:style-name="Footer">RUNNING_FOOTER – Trang <text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>`;

const PARA_STYLE: Record<Para['style'], string> = { body: 'Body', center: 'Center', title: 'Title', 'italic-center': 'ItalicCenter', bold: 'Bold' };

let noteId = 0;
function odtNotes(notes: Note[]): string {
  return notes
    .map(
      (n) =>
        `<text:note text:id="ftn${++noteId}" text:note-class="footnote"><text:note-citation>${n.mark}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${xml(n.text)}</text:p></text:note-body></text:note>`,
    )
    .join('');
}

function odtLayout(l: Layout, index: number): string {
  const width = l.rows[0]?.length ?? 2;
  const cols = width === 2 ? '<table:table-column table:style-name="BlockTable.A"/><table:table-column table:style-name="BlockTable.B"/>' : `<table:table-column table:number-columns-repeated="${width}"/>`;
  const rows = l.rows
    .map((r, ri) => {
      const cells = r.map((lines, ci) => {
        const style = index === 0 ? 'BlockLine' : ci === 0 ? 'BlockLeft' : 'BlockLine';
        const paras = lines.map((x, li) => `<text:p text:style-name="${index === 0 && ri > 0 && li === 0 ? 'NumberLine' : style}">${xml(x)}</text:p>`).join('');
        return `<table:table-cell table:style-name="BlockCell" office:value-type="string">${paras || '<text:p/>'}</table:table-cell>`;
      });
      return `<table:table-row table:style-name="BlockRow">${cells.join('')}</table:table-row>`;
    })
    .join('\n');
  return `<table:table table:name="Block${index + 1}" table:style-name="BlockTable">${cols}\n${rows}\n</table:table>`;
}

function odtTable(t: TaskTable, index: number): string {
  const widths = t.columns.map((c, i) => (i === 0 ? 1.2 : /nội dung|nhiệm vụ/iu.test(c) ? 8 : 4));
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => `<table:table-column table:style-name="TaskCol${index}.${Math.round((w / total) * 1000)}"/>`).join('');
  const colStyles = [...new Set(widths.map((w) => Math.round((w / total) * 1000)))]
    .map((w) => `<style:style style:name="TaskCol${index}.${w}" style:family="table-column"><style:table-column-properties style:column-width="${((w / 1000) * 25.7).toFixed(2)}cm"/></style:style>`)
    .join('');
  const head = `<table:table-header-rows><table:table-row table:style-name="HeaderRow">${t.columns
    .map((c) => `<table:table-cell table:style-name="TaskCell" office:value-type="string"><text:p text:style-name="HeaderCell">${xml(c)}</text:p></table:table-cell>`)
    .join('')}</table:table-row></table:table-header-rows>`;
  const cell = (c: TableCell | null, ci: number) => {
    if (!c) return '<table:covered-table-cell/>';
    const spans = `${c.rowSpan > 1 ? ` table:number-rows-spanned="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` table:number-columns-spanned="${c.colSpan}"` : ''}`;
    const style = ci === 0 || (c.colSpan === 1 && c.text.length < 40 && ci > 1) ? 'CellCenter' : 'Cell';
    return `<table:table-cell table:style-name="TaskCell"${spans} office:value-type="string"><text:p text:style-name="${style}">${xml(c.text)}${odtNotes(c.notes)}</text:p></table:table-cell>`;
  };
  const rows = t.rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('\n');
  return `${colStyles}<table:table table:name="Task${index + 1}" table:style-name="TaskTable">${cols}\n${head}\n${rows}\n</table:table>`;
}

export function renderFodt(model: Model): string {
  noteId = 0;
  let layouts = 0;
  let tables = 0;
  let pending: 'TitleBreak' | 'TitleLandscape' | null = null;
  const columnStyles: string[] = [];
  const body = model.blocks
    .map((b: Block) => {
      if (b.kind === 'break') {
        pending = b.landscape ? 'TitleLandscape' : 'TitleBreak';
        return '';
      }
      if (b.kind === 'layout') return odtLayout(b, layouts++);
      if (b.kind === 'table') {
        const out = odtTable(b, tables++);
        const split = out.indexOf('<table:table ');
        columnStyles.push(out.slice(0, split));
        return out.slice(split);
      }
      const style = pending ?? PARA_STYLE[b.style];
      pending = null;
      return `<text:p text:style-name="${style}">${xml(b.text)}</text:p>`;
    })
    .filter(Boolean)
    .join('\n');
  // the running footer names the document, as an office's template prints it on every page
  const styles = STYLES.replace('</office:automatic-styles>', `${columnStyles.join('\n')}\n</office:automatic-styles>`).replaceAll('RUNNING_FOOTER', xml(model.title));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xml(model.title)}</dc:title><dc:language>vi-VN</dc:language></office:meta>
${styles}
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}
