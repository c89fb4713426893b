/**
 * `renderHtml(result)`: one self-contained HTML page of a document as vanban read it — the metadata
 * card, the task tables, the document text with what was read highlighted and linked, the cited
 * documents, the units and the diagnostics. Built as a hast tree (hastscript) and serialised by
 * hast-util-to-html, which escapes the text. No script, no external asset: a Content-Security-Policy
 * that allows inline style only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { findUnitMentions } from '../extract/units.js';
import { defaultUnitRegistry, type UnitEntry, type UnitRegistry } from '../registry/units.js';
import type { Appendix, Decision, Diagnostic, Row, Section, Unit } from '../schema/decision.js';
import { dmy, SEVERITY, TIMEFRAME_KIND } from './labels.js';
import { fold, type FoldedText, lineStartsOf, locate, locateAny, locateLast, printedDates, rowSourceLine, type Span, sourceLineIndex } from './locate.js';
import { type Mark, renderLine, sortMarks } from './marks.js';
import { VIEW_CSS } from './style.js';

export interface RenderHtmlOptions {
  /** The unit registry the document was read with (units' ids and periods); defaults to BHXH's. */
  registry?: UnitRegistry;
}

const unitKey = (u: { id: string | null; name: string }) => u.id ?? u.name.toLowerCase();
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const DATE_IN_TEXT = /ngày \d{1,2} tháng \d{1,2} năm \d{4}|\b\d{1,2}\/\d{1,2}\/\d{4}\b/gu;
const ARTICLE_HEAD = /^Điều \d+[.:]?/u;
/** How far past a section's own length its heading is looked for (text between sections: tables, notes). */
const HEADING_SLACK = 4000;

interface Context {
  doc: Decision;
  registry: UnitRegistry;
  /** Text line ranges [first, end) of each task row, by appendix and row. */
  rowLines: Array<Array<[number, number] | null>>;
  folded: FoldedText;
  starts: number[];
  textLine: (sourceLine: number | null) => number | null;
  units: Map<string, { index: number; unit: Unit; entry: UnitEntry | undefined }>;
}

function registryEntry(entries: readonly UnitEntry[], unit: Unit): UnitEntry | undefined {
  const name = unit.name.toLowerCase();
  return entries.find((e) => (unit.id !== null && e.id === unit.id) || e.name.toLowerCase() === name);
}

// ---- where the header's values were read

interface MetaField {
  key: string;
  label: string;
  value: string | null;
  span: Span | null;
}

function metaFields(ctx: Context): MetaField[] {
  const d = ctx.doc.document;
  const t = ctx.folded;
  const s = d.signature;
  const signer = [s.authority && s.onBehalfOf ? `${s.authority} ${s.onBehalfOf}` : s.onBehalfOf, s.title, s.name].filter(Boolean).join(' · ');
  const numberAt = locate(t, d.number);
  const heading = d.typeName ? locate(t, d.typeName, numberAt?.end ?? 0) ?? locate(t, d.typeName) : null;
  return [
    { key: 'number', label: 'Số, ký hiệu', value: d.number, span: numberAt },
    { key: 'type', label: 'Loại văn bản', value: d.typeName ? `${d.typeName}${d.typeCode ? ` (${d.typeCode})` : ''}` : d.kind, span: heading },
    { key: 'issuer', label: 'Cơ quan ban hành', value: [d.parentIssuer, d.issuer].filter(Boolean).join(' / ') || null, span: locate(t, d.issuer) },
    { key: 'date', label: 'Ngày ban hành', value: d.date ? `${dmy(d.date)}${d.place ? ` — ${d.place}` : ''}` : null, span: d.date ? locateAny(t, printedDates(d.date)) : null },
    { key: 'subject', label: 'Trích yếu', value: d.subject, span: locate(t, d.subject) },
    { key: 'authority', label: 'Thẩm quyền ban hành', value: d.authority, span: locate(t, d.authority) },
    { key: 'signer', label: 'Người ký', value: signer || null, span: locateLast(t, s.name) },
  ];
}

// ---- marks over the text

function citationMarks(doc: Decision): Mark[] {
  return doc.citations.flatMap((c, ci) =>
    c.mentions.map((m, mi) => ({ start: m.start, end: m.end, kind: 'citation' as const, entity: c.id, href: `#cite-${ci}`, id: `mention-${ci}-${mi}`, title: `${c.type ?? 'Văn bản'} ${c.id}${m.pinpoint ? ` — ${m.pinpoint}` : ''}` })),
  );
}

/**
 * Units where they were read: in a task row's lines, the printed form of each of its lead and
 * partner units; outside the task tables, the registry's names found by the compiler's own finder.
 */
function unitMarks(ctx: Context, lines: string[]): Mark[] {
  const marks: Mark[] = [];
  const mark = (u: Unit, at: Span) => {
    const known = ctx.units.get(unitKey(u));
    if (!known) return;
    const { index, unit, entry } = known;
    marks.push({ ...at, kind: 'unit', entity: unit.id ?? unit.name, href: `#unit-${index}`, title: `${unit.name}${unit.id ? ` (${unit.id})` : entry ? '' : ' — không có trong danh mục'}` });
  };
  const inTables = new Set<number>();
  ctx.doc.appendices.forEach((a, ai) =>
    a.rows.forEach((r, ri) => {
      const range = ctx.rowLines[ai]![ri];
      if (!range) return;
      for (let i = range[0]; i < range[1]; i++) inTables.add(i);
      const from = ctx.starts[range[0]]!;
      const to = range[1] < ctx.starts.length ? ctx.starts[range[1]]! : ctx.doc.text.length;
      for (const u of [...r.lead, ...r.partners]) {
        const at = locate(ctx.folded, u.text, from, to);
        if (at) mark(u, at);
      }
    }),
  );
  lines.forEach((line, i) => {
    if (inTables.has(i)) return;
    for (const m of findUnitMentions(line, { registry: ctx.registry, date: ctx.doc.document.date })) mark(m.unit, { start: ctx.starts[i]! + m.start, end: ctx.starts[i]! + m.end });
  });
  return marks;
}

/** The text lines of each task row: from its own line to the next row's (the last row: to the next line that is not after it). */
function rowLineRanges(doc: Decision, textLine: (l: number | null) => number | null, lineCount: number): Array<Array<[number, number] | null>> {
  return doc.appendices.map((a) => {
    const firsts = a.rows.map((r) => textLine(rowSourceLine(r)));
    return firsts.map((first, ri) => {
      if (first === null) return null;
      const next = firsts.slice(ri + 1).find((x): x is number => x !== null && x > first);
      const end = next ?? Math.min(lineCount, first + 8);
      return [first, Math.max(first + 1, end)];
    });
  });
}

function dateMarks(text: string): Mark[] {
  return [...text.matchAll(DATE_IN_TEXT)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date' as const }));
}

function timeMarks(ctx: Context): Mark[] {
  const marks: Mark[] = [];
  ctx.doc.appendices.forEach((a, ai) =>
    a.rows.forEach((r, ri) => {
      const range = ctx.rowLines[ai]![ri];
      if (!r.timeText || !range) return;
      const to = range[1] < ctx.starts.length ? ctx.starts[range[1]]! : ctx.doc.text.length;
      const at = locate(ctx.folded, r.timeText, ctx.starts[range[0]]!, to);
      if (at) marks.push({ ...at, kind: 'time', title: r.timeframe ? period(r) : 'không đọc được thành khoảng thời gian' });
    }),
  );
  return marks;
}

function flatSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatSections(s.children)]);
}

/** Article headings ("Điều 1.") at the start of a line, and the headings of numbered sections. */
function headingMarks(ctx: Context, lines: string[]): Mark[] {
  const marks: Mark[] = [];
  lines.forEach((l, i) => {
    const m = ARTICLE_HEAD.exec(l);
    if (m) marks.push({ start: ctx.starts[i]!, end: ctx.starts[i]! + m[0].length, kind: 'heading' });
  });
  // sections come in the order of the text: each heading is looked for past the one before, within
  // the stretch its section can take (its own text and title, and some slack), so the search stays linear
  let after = 0;
  let pending = 0; // the length of the sections since the last heading found
  for (const s of flatSections(ctx.doc.sections)) {
    const own = (s.title?.length ?? 0) + s.text.length + 8;
    if (s.label === '-' || s.label === '+' || !s.title) {
      pending += own;
      continue;
    }
    const before = after + pending + own + HEADING_SLACK;
    pending += own;
    const at = locate(ctx.folded, `${s.label}. ${s.title}`, after, before) ?? locate(ctx.folded, `${s.label}) ${s.title}`, after, before);
    if (at) {
      marks.push({ ...at, kind: 'heading' });
      after = at.end;
      pending = own;
    }
  }
  return marks;
}

// ---- parts of the page

const lineLink = (ctx: Context, sourceLine: number | null, label: string): ElementContent => {
  const i = ctx.textLine(sourceLine);
  return i === null ? h('span', label) : h('a', { href: `#L${i}`, title: 'Xem trong văn bản' }, label);
};

function period(r: Row): string {
  const tf = r.timeframe!;
  const range = tf.start || tf.end ? `${tf.start ? dmy(tf.start) : '…'} – ${tf.end ? dmy(tf.end) : '…'}` : '';
  return [TIMEFRAME_KIND[tf.kind], range].filter(Boolean).join(': ');
}

/** The period read from the time cell, under the time as printed; nothing when it would only repeat it ("Thường xuyên"). */
function periodNote(r: Row): Element | string {
  if (!r.timeframe) return h('span.period', 'chưa đọc được');
  const p = period(r);
  return p.toLowerCase() === (r.timeText ?? '').trim().toLowerCase() ? '' : h('span.period', p);
}

function chip(ctx: Context, u: Unit): Element {
  const known = ctx.units.get(unitKey(u));
  const entry = known?.entry;
  const href = known ? `#unit-${known.index}` : undefined;
  if (!entry) return h('a.chip.unknown', { href, title: `"${u.text}" không có trong danh mục đơn vị` }, [u.name, h('span.tag', 'ngoài danh mục')]);
  return h('a.chip', { href, title: u.text === u.name ? u.name : `in là "${u.text}"` }, [u.name, u.id ? h('code', u.id) : '']);
}

function taskRow(ctx: Context, r: Row, id: string, withProduct: boolean): Element {
  const line = ctx.textLine(rowSourceLine(r));
  return h('tr.task', { id }, [
    h('td.stt', line === null ? (r.stt ?? '') : h('a', { href: `#L${line}`, title: `Xem trong văn bản (dòng ${r.line})` }, r.stt ?? '↗')),
    h('td', [r.label ? h('strong', `${r.label} `) : '', r.task, ...r.notes.map((n) => h('div.muted', `Ghi chú: ${n}`))]),
    h('td', r.lead.map((u) => chip(ctx, u))),
    h('td', r.partners.map((u) => chip(ctx, u))),
    h('td', r.timeText ? [r.timeText, periodNote(r)] : []),
    withProduct ? h('td', r.product ?? '') : '',
  ]);
}

function appendixTable(ctx: Context, a: Appendix, ai: number): Element {
  const body: Element[] = [];
  const withProduct = a.rows.some((r) => r.product);
  const head = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', ...(withProduct ? ['Sản phẩm'] : [])];
  let open: Row['groups'] = [];
  a.rows.forEach((r, ri) => {
    r.groups.forEach((g, depth) => {
      const same = open[depth] && open[depth]!.stt === g.stt && open[depth]!.title === g.title && open.slice(0, depth).every((o, k) => o.stt === r.groups[k]!.stt);
      if (!same) body.push(h('tr.group', { className: [`depth-${Math.min(depth + 1, 2)}`] }, [h('th', { colSpan: head.length }, `${g.stt}. ${g.title}`)]));
    });
    open = r.groups;
    body.push(taskRow(ctx, r, `row-${ai}-${ri}`, withProduct));
  });
  return h('section.appendix', { id: `appendix-${ai}` }, [
    h('h3', [a.label, a.title ? `: ${a.title}` : '']),
    a.issuedWith ? h('p.muted', a.issuedWith) : '',
    h('p.muted', `${a.rows.length} dòng nhiệm vụ · cột như in: ${a.columns.join(' | ')}`),
    a.rows.length
      ? h('table.tasks', [h('thead', h('tr', head.map((c) => h('th', c)))), h('tbody', body)])
      : h('p.muted', 'Không đọc được dòng nhiệm vụ nào trong bảng này.'),
  ]);
}

function sortedDiagnostics(diagnostics: Diagnostic[]): Array<{ d: Diagnostic; i: number }> {
  return diagnostics.map((d, i) => ({ d, i })).sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || (a.d.line ?? 0) - (b.d.line ?? 0));
}

function textPanel(ctx: Context, marks: Mark[]): Element {
  const { text } = ctx.doc;
  const lines = text.split('\n');
  const sorted = sortMarks(marks);
  // diagnostics at the line they name (only lines that begin a line of the text)
  const exactLine = new Map<number, number>();
  ctx.doc.sourceLines?.forEach((l, i) => {
    if (!exactLine.has(l)) exactLine.set(l, i);
  });
  const diagAt = new Map<number, Array<{ d: Diagnostic; i: number }>>();
  for (const x of sortedDiagnostics(ctx.doc.diagnostics)) {
    const i = x.d.line === null ? undefined : exactLine.get(x.d.line);
    if (i !== undefined) diagAt.set(i, [...(diagAt.get(i) ?? []), x]);
  }
  const tableLines = new Set<number>();
  for (const ranges of ctx.rowLines) for (const r of ranges) if (r) for (let i = r[0]; i < r[1]; i++) tableLines.add(i);
  let m = 0;
  const rows = lines.map((line, i) => {
    const start = ctx.starts[i]!;
    const end = start + line.length;
    while (m < sorted.length && sorted[m]!.end <= start) m++;
    const touching: Mark[] = [];
    for (let k = m; k < sorted.length && sorted[k]!.start < end; k++) if (sorted[k]!.end > start) touching.push(sorted[k]!);
    const diags = diagAt.get(i) ?? [];
    const classes = ['ln'];
    if (diags.some((x) => x.d.severity !== 'info')) classes.push('diag-warning');
    if (diags.some((x) => x.d.code === 'unplaced-text')) classes.push('unplaced');
    if (tableLines.has(i)) classes.push('table');
    const src = ctx.doc.sourceLines?.[i];
    return h('div', { className: classes, id: `L${i}` }, [
      h('a.no', { href: `#L${i}`, title: src ? `dòng ${src} của tệp nguồn` : undefined }, src ? String(src) : String(i + 1)),
      diags.length ? h('a.dm', { href: `#diag-${diags[0]!.i}`, title: diags.map((x) => `${SEVERITY[x.d.severity]}: ${x.d.message}`).join('\n') }, diags.some((x) => x.d.severity !== 'info') ? '⚠' : 'ℹ') : h('span.dm'),
      h('span.tx', renderLine(text, start, end, touching)),
    ]);
  });
  return h('div.text', rows);
}

function citationList(ctx: Context): Element {
  return h(
    'ol.entities',
    ctx.doc.citations.map((c, ci) =>
      h('li', { id: `cite-${ci}` }, [
        h('strong', [c.type ? `${c.type} ` : '', c.id]),
        [c.issuer ? ` — ${c.issuer}` : '', c.date ? `, ngày ${dmy(c.date)}` : '', c.title ? `: ${c.title}` : ''].join(''),
        h('div.muted', ['Nhắc đến: ', ...c.mentions.flatMap((m, mi) => [mi ? ', ' : '', h('a', { href: `#mention-${ci}-${mi}` }, m.pinpoint ?? `lần ${mi + 1}`)])]),
      ]),
    ),
  );
}

function unitList(ctx: Context): Element {
  return h(
    'ol.entities',
    [...ctx.units.values()].map(({ index, unit, entry }) =>
      h('li', { id: `unit-${index}` }, [
        h('strong', unit.name),
        unit.id ? [' ', h('code', unit.id)] : '',
        entry
          ? h('span.muted', ` — trong danh mục${entry.validFrom || entry.validTo ? `, hiệu lực ${entry.validFrom ? `từ ${dmy(entry.validFrom)}` : ''}${entry.validTo ? ` đến ${dmy(entry.validTo)}` : ' đến nay'}` : ''}`)
          : h('span.muted', ' — không có trong danh mục'),
        unit.text !== unit.name ? h('span.muted', ` · in là "${unit.text}"`) : '',
        h('span.muted', ` · ${'count' in unit ? unit.count : 0} lần`),
      ]),
    ),
  );
}

function diagnosticList(ctx: Context): Element {
  return h(
    'ul.diags',
    sortedDiagnostics(ctx.doc.diagnostics).map(({ d, i }) =>
      h('li', { id: `diag-${i}` }, [
        h('span.sev', { className: [`sev-${d.severity}`] }, SEVERITY[d.severity]),
        h('code', d.code),
        ' ',
        d.message,
        d.line !== null ? [' (', lineLink(ctx, d.line, `dòng ${d.line}`), ')'] : '',
      ]),
    ),
  );
}

function contextOf(doc: Decision, options: RenderHtmlOptions): Context {
  const registry = options.registry ?? defaultUnitRegistry;
  const units = new Map<string, { index: number; unit: Unit; entry: UnitEntry | undefined }>();
  doc.units.forEach((u, index) => units.set(unitKey(u), { index, unit: u, entry: registryEntry(registry.entries, u) }));
  const textLine = sourceLineIndex(doc.sourceLines);
  const rowLines = rowLineRanges(doc, textLine, doc.text.split('\n').length);
  return { doc, registry, rowLines, folded: fold(doc.text), starts: lineStartsOf(doc.text), textLine, units };
}

/** The citation mentions and the units of the document as marks over its text (for annotating the source). */
export function citationAndUnitMarks(doc: Decision, options: RenderHtmlOptions = {}): Mark[] {
  const ctx = contextOf(doc, options);
  return sortMarks([...citationMarks(doc), ...unitMarks(ctx, doc.text.split('\n'))]);
}

/** The page's hast tree. */
export function viewTree(doc: Decision, options: RenderHtmlOptions = {}): Root {
  const ctx = contextOf(doc, options);
  const lines = doc.text.split('\n');
  const fields = metaFields(ctx);
  const marks: Mark[] = [
    ...fields.filter((f) => f.span).map((f) => ({ ...f.span!, kind: 'value' as const, id: `value-${f.key}`, title: f.label })),
    ...citationMarks(doc),
    ...unitMarks(ctx, lines),
    ...dateMarks(doc.text),
    ...timeMarks(ctx),
    ...headingMarks(ctx, lines),
  ];
  const rows = doc.appendices.reduce((n, a) => n + a.rows.length, 0);
  const warnings = doc.diagnostics.filter((d) => d.severity !== 'info').length;
  const d = doc.document;
  const title = [d.typeName ?? 'Văn bản', d.number].filter(Boolean).join(' ');
  const kinds: Array<[Mark['kind'], string]> = [
    ['citation', 'văn bản được dẫn'],
    ['unit', 'đơn vị'],
    ['date', 'ngày tháng'],
    ['time', 'thời gian thực hiện'],
    ['heading', 'điều, mục'],
  ];
  const body = h('body', [
    h('header.top', [h('h1', title), h('p', [doc.source.name ?? '', ` · đọc bởi vanban · ${doc.source.format} · sha256 ${doc.source.sha256.slice(0, 12)}…`])]),
    h('nav.toc', [
      h('a', { href: '#card' }, 'Thông tin văn bản'),
      rows ? h('a', { href: '#tasks' }, `Bảng nhiệm vụ (${rows})`) : '',
      h('a', { href: '#text' }, 'Toàn văn'),
      h('a', { href: '#citations' }, `Văn bản được dẫn (${doc.citations.length})`),
      h('a', { href: '#units' }, `Đơn vị (${doc.units.length})`),
      h('a', { href: '#diagnostics' }, `Chẩn đoán (${doc.diagnostics.length}${warnings ? `, ${warnings} cảnh báo` : ''})`),
    ]),
    h('main', [
      h('section', { id: 'card' }, [
        h('h2', 'Thông tin văn bản'),
        h(
          'dl.card',
          fields.flatMap((f) => [
            h('dt', f.label),
            h('dd', { className: [`meta-${f.key}`] }, f.value === null ? h('span.muted', 'không đọc được') : f.span ? h('a', { href: `#value-${f.key}`, title: 'Xem nơi đọc được trong văn bản' }, f.value) : f.value),
          ]),
        ),
        h('ul.stats', [
          h('li', `${d.articles.length} điều`),
          h('li', `${rows} dòng nhiệm vụ`),
          h('li', `${doc.citations.length} văn bản được dẫn`),
          h('li', `${doc.units.length} đơn vị`),
          h('li', `${doc.diagnostics.length} chẩn đoán (${warnings} cảnh báo)`),
        ]),
      ]),
      rows ? h('section', { id: 'tasks' }, [h('h2', 'Bảng nhiệm vụ'), ...doc.appendices.map((a, ai) => appendixTable(ctx, a, ai))]) : '',
      h('section', { id: 'text' }, [
        h('h2', 'Toàn văn (văn bản sạch)'),
        h('p.legend', [h('span.muted', 'Tô màu: '), ...kinds.map(([k, label]) => h('span', { className: ['hl', `hl-${k}`] }, label)), h('span.muted', 'Số bên trái: dòng của tệp nguồn; ⚠ chẩn đoán.')]),
        textPanel(ctx, marks),
      ]),
      h('section', { id: 'citations' }, [h('h2', 'Văn bản được dẫn'), doc.citations.length ? citationList(ctx) : h('p.muted', 'Không có.')]),
      h('section', { id: 'units' }, [h('h2', 'Đơn vị'), doc.units.length ? unitList(ctx) : h('p.muted', 'Không có.')]),
      h('section', { id: 'diagnostics' }, [h('h2', 'Chẩn đoán'), doc.diagnostics.length ? diagnosticList(ctx) : h('p.muted', 'Không có.')]),
    ]),
  ]);
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'vi' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'vanban' }),
          h('title', `${title} — vanban`),
          h('style', VIEW_CSS),
        ]),
        body,
      ]),
    ],
  };
}

/** The document as one self-contained HTML page (no script, no network, inline CSS). */
export function renderHtml(doc: Decision, options: RenderHtmlOptions = {}): string {
  return toHtml(viewTree(doc, options));
}
