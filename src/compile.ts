import type { VFile } from 'vfile';
import { extractCitations } from './extract/citations.js';
import { clauseCitationIds } from './extract/clause-citations.js';
import { localIssuers } from './extract/local-issuer.js';
import { parseDocumentNumber } from './extract/document-number.js';
import { type CellReadings, cellReadings } from './extract/cell-readings.js';
import { findUnitMentions } from './extract/units.js';
import { type AppendixFacts, hasTable, readAppendix, readTitleBlock } from './recognise/appendix.js';
import { readBody } from './recognise/body.js';
import { readClosing } from './recognise/closing.js';
import { readHeader } from './recognise/header.js';
import { enactingAuthority, readPreamble } from './recognise/preamble.js';
import { documentBounds, isMoreThanChrome, type Range, segmentDocument } from './recognise/segment.js';
import { agencyName, namesOf, startsWithAgencyWord } from './recognise/vocabulary.js';
import type { CellClassifier } from './recognise/tables/web-layout.js';
import { documentTypeByCode, documentTypeByHeading } from './registry/document-types.js';
import type { UnitRegistry } from './registry/units.js';
import type { Position } from 'unist';
import type { Appendix, Attachment, Decision, Document, Place, Row, Section, Source, Unit, UnitCount } from './schema/decision.js';
import { SCHEMA_VERSION } from './schema/version.js';
import { type BlockNode, blockLines, blockText, isLine, type LineNode, type TableNode, tableRowLines, textLines } from './tree.js';
import { diagnose, diagnosticsOf } from './diagnostics.js';
import { withSourcePlaces } from './offsets.js';
import { isUpperCaseText } from './text/fold.js';

export interface CompileOptions {
  source: Source;
  registry: UnitRegistry;
  /** Lines the source left outside the document it took from a page (RootData.leftOut). */
  leftOut?: LineNode[];
}

const slice = <T>(items: T[], [a, b]: Range) => items.slice(a, b);

/**
 * The document's blocks as the line recognisers see them: a line as it is, a table as one line of
 * its text (rows on lines of their own, cells joined by tabs), which no part's marker matches.
 */
export function lineView(blocks: BlockNode[]): LineNode[] {
  return blocks.map((b) => (isLine(b) ? b : { type: 'line', value: blockText(b), indent: 0, position: b.position, data: b.data }));
}

/** The lines of some blocks for a part read line by line; its tables are reported, one diagnostic each. */
function partLines(blocks: BlockNode[], file: VFile): LineNode[] {
  const out: LineNode[] = [];
  for (const b of blocks) {
    if (isLine(b)) out.push(b);
    else reportUnplacedTable(file, b);
  }
  return out;
}

/**
 * A table no field holds (not a task table, in a part read line by line): one diagnostic at its first
 * row, with its size, quoting it whole (rows by " / ", cells by " | "), as the document's `text`
 * holds it (a row a line, cells by tabs).
 */
function reportUnplacedTable(file: VFile, table: TableNode): void {
  const rows = tableRowLines(table);
  const first = rows[0];
  if (!first) return;
  // (a loop, not Math.max(...): a table of a hundred thousand rows is no call's arguments)
  const columns = table.children.reduce((most, row) => Math.max(most, row.children.reduce((n, cell) => n + cell.colSpan, 0)), 0);
  const quoted = rows.map((row) => row.value.split('\t').map((cell) => cell.trim()).join(' | ')).join(' / ');
  report(file, first, 'unplaced-table', `table of ${rows.length} rows × ${columns} columns not read as a task table, in no field but the document's text: "${quoted}"`, 'info');
}
const YEAR = /\b(19\d{2}|20\d{2})\b/u;
const ONGOING_WORDS = /thường xuyên|h[ằà]ng (?:năm|quý|tháng)|định kỳ|liên tục/iu;

function report(file: VFile, line: LineNode, ruleId: string, reason: string, severity: 'warning' | 'info' = 'warning'): void {
  const place = { line: line.position.start.line, column: line.position.start.column };
  diagnose(file, severity, ruleId, reason, place);
}

function reportUnplaced(file: VFile, lines: LineNode[]): void {
  for (const line of lines) report(file, line, 'unplaced-text', `text not placed in any field: "${line.value.slice(0, 80)}"`, 'info');
}

/** How the web-layout table reader tells unit lists and periods from other text. */
function classifierFor(read: CellReadings, year: number | null): CellClassifier {
  return {
    unitLikeness(text) {
      if (text.length > 300) return 0;
      const { units: found, problems } = read.units(text);
      const unknown = problems.filter((p) => p.code === 'unknown-unit').length;
      return found.length ? (found.length - unknown) / found.length : 0;
    },
    isTimeframe(text) {
      // a period that is not a condition has a number in it, or says it goes on ("Thường xuyên")
      const plausible = text.length <= 200 && (/\d/u.test(text) || ONGOING_WORDS.test(text));
      const tf = plausible ? read.timeframe(text, year) : null;
      return tf !== null && tf.kind !== 'conditional';
    },
  };
}

/**
 * What the unit readings said of each document: each message once, where the name it is about is
 * first printed (a name repeated down a table is one reading, not one a row).
 */
const unitsSaid = new WeakMap<VFile, Set<string>>();

function readUnits(text: string | undefined, read: CellReadings, file: VFile, line: LineNode): Unit[] {
  if (!text) return [];
  const { units, problems } = read.units(text);
  let said = unitsSaid.get(file);
  if (!said) unitsSaid.set(file, (said = new Set()));
  for (const p of problems) {
    if (said.has(p.message)) continue;
    said.add(p.message);
    report(file, line, p.code, p.message, p.code === 'unknown-unit' ? 'info' : 'warning');
  }
  return [...units];
}

/** A place in the source: a node's start, with its PDF page. */
function placeOf(position: Position, page: number | undefined): Place {
  return { line: position.start.line, column: position.start.column, page: page ?? null };
}

/**
 * A time cell that says how long a step takes ("0,25 ngày", "04 giờ làm việc"), or its number alone
 * under a header that names the unit ("Thời gian (ngày làm việc)": "0,5"): no period.
 */
const DURATION = /^\d{1,3}(?:[.,]\d{1,2})?(?:\s{0,2}(?:ngày|giờ|tuần|tháng|năm)(?:\s{1,2}làm\s{1,2}việc)?)?\.?$/iu;

/** The units of a lead cell that look like a partner list printed in it: a collective "… liên quan" after a named unit. */
const RELATED = /liên quan|có liên quan/iu;

/** Warnings for a table the reader was unsure of: rows with no lead, a lead cell holding the partners too, no rows at all. */
function reportUnsure(facts: AppendixFacts, rows: Row[], file: VFile): void {
  const hasLead = facts.columns.length > 0 && facts.rows.some((r) => r.cells.lead !== undefined);
  const hasPartners = facts.rows.some((r) => r.cells.partners !== undefined);
  if (facts.columns.length > 0 && rows.length === 0 && facts.groups.length > 0) {
    report(file, facts.rows[0]?.line ?? facts.problems[0]?.line ?? ({ position: { start: { line: 1, column: 1 } } } as LineNode), 'table-no-rows', `the table "${facts.columns.join(' | ').slice(0, 80)}" has headings but no row could be read`);
  }
  rows.forEach((row, i) => {
    const raw = facts.rows[i]!;
    if (hasLead && row.lead.length === 0 && row.task !== '') {
      report(file, raw.line, 'row-without-lead', `row ${row.stt ?? '—'} ("${row.task.slice(0, 50)}") has no lead unit: its cells may not have been placed in their columns`);
    }
    if (hasPartners && row.partners.length === 0 && row.lead.length >= 2 && RELATED.test(row.lead[row.lead.length - 1]!.text) && row.lead[0]!.text !== row.lead[row.lead.length - 1]!.text) {
      report(file, raw.line, 'lead-holds-partners', `row ${row.stt ?? '—'}: the lead cell "${raw.cells.lead?.slice(0, 80)}" reads as two lists (its partner cell is empty): the partner units may have been printed in it`);
    }
  });
}

function compileAppendix(facts: AppendixFacts, index: number, read: CellReadings, year: number | null, file: VFile): Appendix {
  for (const p of facts.problems) report(file, p.line, p.code, p.message, p.severity ?? 'warning');
  reportUnplaced(file, facts.unplaced);
  const times = facts.rows.map((r) => {
    const timeText = r.cells.timeframe ? r.cells.timeframe : null;
    return { timeText, timeframe: timeText ? read.timeframe(timeText, year) : null };
  });
  // how long each step takes: said once for the table, at its first such row
  const durations = times.flatMap((t, i) => (t.timeText && !t.timeframe && DURATION.test(t.timeText) ? [i] : []));
  const isDuration = new Set(durations);
  const rows: Row[] = facts.rows.map((r, i) => {
    const { timeText, timeframe } = times[i]!;
    if (i === durations[0]) {
      const quoted = [...new Set(durations.map((k) => `"${times[k]!.timeText}"`))].slice(0, 3).join(', ');
      const what = durations.length === 1 ? `row's time ${quoted} is a duration` : `${durations.length} rows' times (${quoted}…) are durations`;
      report(file, r.line, 'unread-timeframe', `the ${what}, how long a step takes, not a period or deadline: kept in timeText`, 'info');
    } else if (timeText && !timeframe && !isDuration.has(i)) report(file, r.line, 'unread-timeframe', `time "${timeText}" could not be read as a period`, 'info');
    const page = r.line.data?.page;
    return {
      id: `appendix-${index + 1}/row-${i + 1}`,
      stt: r.stt,
      label: r.label,
      path: r.path,
      groups: r.groups,
      task: r.cells.task ?? '',
      lead: readUnits(r.cells.lead, read, file, r.line),
      partners: readUnits(r.cells.partners, read, file, r.line),
      timeframe,
      timeText,
      product: r.cells.product ? r.cells.product : null,
      cells: r.extra,
      notes: r.notes,
      line: r.line.position.start.line,
      place: placeOf(r.line.position, page),
      cellPlaces: Object.fromEntries(Object.entries(r.cellPositions ?? {}).map(([name, position]) => [name, placeOf(position, page)])),
    };
  });
  reportUnsure(facts, rows, file);
  return { label: facts.label, title: facts.title, issuedWith: facts.issuedWith, columns: facts.columns, groups: facts.groups, rows, text: facts.text };
}

function countUnits(appendices: Appendix[], prose: Array<{ unit: Unit }>): UnitCount[] {
  const counts = new Map<string, UnitCount>();
  const add = (u: Unit) => {
    const key = u.id ?? u.name.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { id: u.id, name: u.name, text: u.text, count: 1 });
  };
  for (const a of appendices) for (const r of a.rows) [...r.lead, ...r.partners].forEach(add);
  for (const m of prose) add(m.unit);
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

/**
 * The body an appendix printed on its own names above its label ("BỘ Y TẾ" beside "Phụ lục I", a page
 * of a decision's appendix): its first line, in capitals, naming an issuing body; null otherwise.
 */
function appendixIssuer(intro: string[]): string | null {
  const first = intro[0];
  return first && isUpperCaseText(first) && startsWithAgencyWord(first) ? agencyName(first) : null;
}

/** Who the enacting formula names: the body's first line, or the clause printed on with the proposer. */
function enactedBy(typeName: string | null, firstLine: string | undefined, withProposer: string | null): string | null {
  if (!typeName) return null;
  return (firstLine ? enactingAuthority(firstLine, typeName) : null) ?? (withProposer ? enactingAuthority(withProposer, typeName) : null);
}

/** Builds the contract object from the normalised blocks of one document (or of a page or file holding it). */
export function compileDocument(allBlocks: BlockNode[], file: VFile, options: CompileOptions): Decision {
  // the document inside its page or file: what lies outside is said once, and read no further
  const allLines = lineView(allBlocks);
  const [start, end] = documentBounds(allLines);
  const outside: Range[] = [...(start > 0 ? [[0, start] as const] : []), ...(end < allLines.length ? [[end, allLines.length] as const] : [])];
  // what the source left outside the element holding the document: a web page's chrome
  const left = options.leftOut ?? [];
  if (left.length) {
    const quoted = left.map((l) => l.value).join(' / ');
    report(file, left[0]!, 'outside-document', `${left.length} lines of the page around the document were left out (its navigation, header and footer, the site's own lists): "${quoted}"`, 'info');
  }
  for (const range of outside) {
    const part = slice(allLines, range);
    const more = isMoreThanChrome(part);
    // the lines are quoted whole: nothing of the input is dropped without a trace
    const quoted = part.map((l) => l.value).join(' / ');
    report(file, part[0]!, 'outside-document', `${part.length} lines outside the document were left out (${more ? 'more than a page\'s chrome: another document or prose under a heading' : "a page's chrome, summaries and related documents"}): "${quoted}"`, more ? 'warning' : 'info');
  }
  const blocks = allBlocks.slice(start, end);
  const lines = allLines.slice(start, end);
  // the text: every line, a table's rows on lines of their own (each keeps its place in the source)
  const docLines = textLines(blocks);
  const text = docLines.map((l) => l.value).join('\n');
  const seg = segmentDocument(lines);
  const header = readHeader(partLines(slice(blocks, seg.header), file), seg.heading - seg.header[0]);
  const preamble = readPreamble(partLines(slice(blocks, seg.preamble), file));
  const body = readBody(partLines(slice(blocks, seg.body), file), namesOf(header.issuer));
  const closing = readClosing(partLines(slice(blocks, seg.closing), file));
  reportUnplaced(file, [...header.unplaced, ...preamble.unplaced, ...closing.unplaced]);

  // an attachment that holds a table (a "DANH MỤC …" issued with the decision) is read as an appendix
  const sections: Section[] = [...body.sections];
  const attachments: Attachment[] = [];
  const tableRanges: Range[] = [...seg.appendices];
  for (const range of seg.attachments) {
    const part = slice(blocks, range);
    if (hasTable(part)) {
      tableRanges.push(range);
      continue;
    }
    const partText = partLines(part, file);
    const head = readTitleBlock(partText, 0, partText.length);
    const read = readBody(partText.slice(head.end));
    sections.push(...read.sections);
    attachments.push({ title: head.title, issuedWith: head.issuedWith, intro: read.intro.length ? read.intro.join('\n') : null, articles: read.articles, chapters: read.chapters });
  }
  tableRanges.sort((a, b) => a[0] - b[0]);

  // the document's type: its heading, else a letter's marks, else a bare appendix
  const headingType = header.heading ? documentTypeByHeading(header.heading) : undefined;
  const isLetter = !headingType && (header.subjectIsAbout || header.addressees.length > 0);
  const parsedNumber = header.numberText ? parseDocumentNumber(header.numberText, { officialLetter: isLetter }) : null;
  // a number or date OCR garbled ("3Ø/BHXH") is not guessed: null, and said
  if (header.numberText && !parsedNumber && header.numberLine) report(file, header.numberLine, 'unread-number', `the number "${header.numberText}" could not be read; left null`);
  if (header.dateText && !header.date && header.dateLine && /\d/u.test(header.dateText)) report(file, header.dateLine, 'unread-date', `the date "${header.dateText}" could not be read; left null`);
  const codeType = !headingType && !isLetter && parsedNumber?.parts.typeCode ? documentTypeByCode(parsedNumber.parts.typeCode, header.date) : undefined;
  const type = headingType ?? codeType;
  const hasHeader = seg.header[1] > seg.header[0];
  const kind: Document['kind'] = type ? type.kind : isLetter ? 'official-letter' : !hasHeader && seg.appendices.length ? 'appendix' : 'other';

  const year = header.date ? Number(header.date.slice(0, 4)) : null;
  const read = cellReadings(options.registry, header.date);
  const classifier = classifierFor(read, year);
  const appendixFacts = tableRanges.flatMap((r, i) => readAppendix(slice(blocks, r), classifier, i === tableRanges.length - 1));
  const yearHint = year ?? appendixFacts.map((a) => YEAR.exec(`${a.issuedWith ?? ''} ${a.title ?? ''}`)?.[1]).map(Number).find((y) => y > 0) ?? null;
  const appendices = appendixFacts.map((a, k) => compileAppendix(a, k, read, yearHint, file));

  const { citations, problems } = extractCitations(text, { self: parsedNumber?.number ?? null, year: yearHint });
  // "… của Ủy ban nhân dân tỉnh", a code of a kind of body (`QĐ-BHXH`): the document's own body
  const ownIssuer = localIssuers([header.issuer, header.parentIssuer]);
  for (const c of citations) if (c.issuer) c.issuer = ownIssuer(c.issuer);
  for (const p of problems) diagnose(file, 'warning', p.code, p.message, offsetToPoint(docLines, p.start));
  const idsInClause = clauseCitationIds(citations);
  const legalBases = preamble.legalBases.map((b) => ({ text: b.text, citationIds: idsInClause(b.text) }));

  const appendixLines = new Set(tableRanges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i)));
  const prose = lines.filter((_, i) => !appendixLines.has(i)).map((l) => l.value).join('\n');
  const mentions = findUnitMentions(prose, { registry: options.registry, date: header.date }, (message) =>
    file.message(message, { place: { line: 1, column: 1 }, ruleId: 'stage-failed', source: 'vanban' }),
  );

  const document: Document = {
    kind,
    typeName: type ? type.name : isLetter ? 'Công văn' : null,
    typeCode: type ? type.code : null,
    number: parsedNumber?.number ?? null,
    numberParts: parsedNumber?.parts ?? { seq: null, year: null, typeCode: null, issuerCode: null, unitCode: null },
    issuer: header.issuer ?? (kind === 'appendix' ? appendixIssuer(body.intro) : null),
    parentIssuer: header.parentIssuer,
    motto: header.motto,
    place: header.place,
    date: header.date,
    subject: header.subject,
    // a normative document names its authority in its enacting formula, at the end of its preamble
    authority: header.authority ?? enactedBy(type?.name ?? null, body.intro[0], preamble.enacting),
    legalBases,
    proposedBy: preamble.proposedBy,
    addressees: header.addressees,
    intro: body.intro.length ? body.intro.join('\n') : null,
    outro: body.outro.length ? body.outro.join('\n') : null,
    articles: body.articles,
    chapters: body.chapters,
    recipients: closing.recipients,
    archive: closing.archive,
    copies: closing.copies,
    signature: closing.signature,
  };

  const decision: Decision = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source,
    text,
    document,
    sections,
    attachments,
    appendices,
    citations,
    units: countUnits(appendices, mentions),
    diagnostics: diagnosticsOf(file),
  };
  return withSourcePlaces(decision, docLines, options.source.format === 'text' ? String(file.value) : null);
}

/** The line and column of an offset into the joined text. */
function offsetToPoint(lines: LineNode[], offset: number): { line: number; column: number } {
  let at = 0;
  for (const l of lines) {
    if (offset <= at + l.value.length) return { line: l.position.start.line, column: l.position.start.column + Math.max(0, offset - at) };
    at += l.value.length + 1;
  }
  const last = lines[lines.length - 1];
  return { line: last?.position.end.line ?? 1, column: last?.position.end.column ?? 1 };
}
