/**
 * A document as Markdown (GFM): its header, articles and sections as headings and paragraphs, its
 * closing, and each task table as GFM tables under the table's group headings. Built as an mdast
 * tree and serialised by mdast-util-to-markdown, so escaping (pipes in cells, `*`, `#`) is its job.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Appendix, Article, Chapter, Decision, GroupRef, Row, Section, Unit } from '../schema/decision.js';

type Depth = Heading['depth'];
const depth = (n: number): Depth => Math.min(6, Math.max(1, n)) as Depth;
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (level: number, value: string): Heading => ({ type: 'heading', depth: depth(level), children: [text(value)] });
const list = (items: string[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((i): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(text(i))] })),
});
/** Paragraphs of a text whose lines are paragraphs. */
const paragraphs = (value: string | null): Paragraph[] => (value ? value.split('\n').filter((l) => l.trim()).map((l) => paragraph(text(l))) : []);
/** A table cell holds one line: line breaks inside become spaces. */
const cellText = (value: string) => value.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
const unitNames = (units: Unit[]) => units.map((u) => (u.id ? `${u.name} (${u.id})` : u.name)).join('; ');

/** Articles as "**Điều N. Title** text" paragraphs, each chapter's heading (and its sections') before its first article. */
function articles(items: Article[], chapters: Chapter[], level: number): RootContent[] {
  const out: RootContent[] = [];
  const headings = new Map<number, string[]>();
  for (const c of chapters) {
    const first = c.articles[0];
    if (first !== undefined) headings.set(first, [`Chương ${c.label}${c.title ? `. ${c.title}` : ''}`]);
    for (const s of c.sections) {
      const at = s.articles[0];
      if (at !== undefined) headings.set(at, [...(headings.get(at) ?? []), `Mục ${s.label}${s.title ? `. ${s.title}` : ''}`]);
    }
  }
  for (const a of items) {
    (headings.get(a.number) ?? []).forEach((h, i) => out.push(heading(level + i, h)));
    const [first = '', ...rest] = a.text.split('\n');
    out.push(paragraph(strong(`Điều ${a.number}.${a.title ? ` ${a.title}` : ''}`), text(` ${first}`)), ...paragraphs(rest.join('\n')));
  }
  return out;
}

function header(doc: Decision): RootContent[] {
  const d = doc.document;
  const out: RootContent[] = [];
  const issuer = [d.parentIssuer, d.issuer].filter(Boolean).join(' / ');
  if (issuer) out.push(paragraph(strong(issuer)));
  if (d.motto) out.push(paragraph(text(d.motto)));
  const numberAndDate = [d.number ? `Số: ${d.number}` : null, [d.place, d.date ? `ngày ${d.date.split('-').reverse().join('/')}` : null].filter(Boolean).join(', ') || null].filter(Boolean);
  if (numberAndDate.length) out.push(paragraph(text(numberAndDate.join(' — '))));
  const title = [d.typeName, d.subject].filter(Boolean).join(': ');
  out.push(heading(1, title || doc.source.name || 'Văn bản'));
  if (d.addressees.length) out.push(paragraph(strong('Kính gửi:'), text(` ${d.addressees.join('; ')}`)));
  if (d.authority) out.push(paragraph(strong(d.authority)));
  for (const basis of d.legalBases) out.push(paragraph(emphasis(basis.text)));
  if (d.proposedBy) out.push(paragraph(emphasis(`Theo đề nghị của ${d.proposedBy}.`)));
  out.push(...paragraphs(d.intro));
  out.push(...articles(d.articles, d.chapters, 2));
  return out;
}

function sections(items: Section[], level: number): RootContent[] {
  const out: RootContent[] = [];
  for (const s of items) {
    if (s.label === '-' || s.label === '+') {
      // consecutive dashed items are one list
      const item = [s.title, s.text].filter(Boolean).join(' ');
      const last = out[out.length - 1];
      if (last?.type === 'list') last.children.push(...list([item]).children);
      else out.push(list([item]));
    } else if (s.title) {
      out.push(heading(level, `${s.label}. ${s.title}`), ...paragraphs(s.text));
    } else {
      const [first = '', ...rest] = s.text.split('\n');
      out.push(paragraph(strong(`${s.label}.`), text(` ${first}`)), ...paragraphs(rest.join('\n')));
    }
    out.push(...sections(s.children, level + 1));
  }
  return out;
}

function closing(doc: Decision): RootContent[] {
  const d = doc.document;
  const s = d.signature;
  const out: RootContent[] = [];
  const signer = [s.authority && s.onBehalfOf ? `${s.authority} ${s.onBehalfOf}` : s.onBehalfOf, s.title, s.name].filter(Boolean) as string[];
  if (signer.length) out.push(paragraph(...signer.flatMap((v, i) => (i === signer.length - 1 && s.name ? [strong(v)] : [text(v), { type: 'break' } as PhrasingContent]))));
  if (d.recipients.length) out.push(paragraph(strong('Nơi nhận:')), list(d.recipients));
  if (d.archive.length) out.push(paragraph(text(`Lưu: ${d.archive.join(', ')}${d.copies ? ` (${d.copies}b)` : ''}.`)));
  return out;
}

const sameGroups = (a: GroupRef[], b: GroupRef[]) => a.length === b.length && a.every((g, i) => g.stt === b[i]!.stt && g.title === b[i]!.title);

function taskTable(rows: Row[]): Table {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.cells)))];
  const hasProduct = rows.some((r) => r.product);
  const head = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', ...(hasProduct ? ['Sản phẩm'] : []), ...extra];
  const line = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(cellText(c))] : [] })) });
  return {
    type: 'table',
    align: head.map(() => null),
    children: [
      line(head),
      ...rows.map((r) =>
        line([
          r.stt ?? '',
          [r.label, r.task].filter(Boolean).join(' '),
          unitNames(r.lead),
          unitNames(r.partners),
          r.timeText ?? '',
          ...(hasProduct ? [r.product ?? ''] : []),
          ...extra.map((k) => r.cells[k] ?? ''),
        ]),
      ),
    ],
  };
}

function appendix(a: Appendix): RootContent[] {
  const out: RootContent[] = [heading(2, [a.label, a.title].filter(Boolean).join(': '))];
  if (a.issuedWith) out.push(paragraph(emphasis(a.issuedWith)));
  out.push(...paragraphs(a.text));
  let groups: GroupRef[] = [];
  let run: Row[] = [];
  const flush = () => {
    if (run.length) out.push(taskTable(run));
    run = [];
  };
  for (const row of a.rows) {
    if (!sameGroups(row.groups, groups)) {
      flush();
      const differs = row.groups.findIndex((g, i) => !groups[i] || groups[i]!.stt !== g.stt || groups[i]!.title !== g.title);
      const kept = differs === -1 ? row.groups.length : differs;
      row.groups.slice(kept).forEach((g, i) => out.push(heading(3 + kept + i, `${g.stt}. ${g.title}`)));
      groups = row.groups;
    }
    run.push(row);
  }
  flush();
  return out;
}

/** The document's mdast tree. */
export function documentToMdast(doc: Decision): Root {
  const children: RootContent[] = header(doc);
  // a document with articles issues its sections in an attachment (a programme, a plan) after it is signed
  const bodySections = doc.document.articles.length === 0;
  if (bodySections) children.push(...sections(doc.sections, 2));
  children.push(...paragraphs(doc.document.outro));
  children.push(...closing(doc));
  for (const at of doc.attachments) {
    children.push({ type: 'thematicBreak' });
    if (at.title) children.push(heading(1, at.title));
    if (at.issuedWith) children.push(paragraph(emphasis(at.issuedWith)));
    children.push(...paragraphs(at.intro));
    children.push(...articles(at.articles, at.chapters, 2));
  }
  if (!bodySections) children.push(...sections(doc.sections, 2));
  for (const a of doc.appendices) children.push({ type: 'thematicBreak' }, ...appendix(a));
  return { type: 'root', children };
}

/** The document as GFM Markdown. */
export function documentToMarkdown(doc: Decision): string {
  return toMarkdown(documentToMdast(doc), { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-' });
}
