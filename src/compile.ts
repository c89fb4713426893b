import type { VFile } from 'vfile';
import { extractCitations } from './extract/citations.js';
import { parseDocumentNumber } from './extract/document-number.js';
import { parseTimeframe } from './extract/timeframe.js';
import { findUnitMentions, splitUnits } from './extract/units.js';
import { type AppendixFacts, hasTable, readAppendix, readTitleBlock } from './recognise/appendix.js';
import { readBody } from './recognise/body.js';
import { readClosing } from './recognise/closing.js';
import { readHeader } from './recognise/header.js';
import { readPreamble } from './recognise/preamble.js';
import { documentBounds, type Range, segmentDocument } from './recognise/segment.js';
import type { CellClassifier } from './recognise/tables/web-layout.js';
import { documentTypeByCode, documentTypeByHeading } from './registry/document-types.js';
import type { UnitRegistry } from './registry/units.js';
import type { Appendix, Attachment, Decision, Document, Row, Section, Source, Unit, UnitCount } from './schema/decision.js';
import { SCHEMA_VERSION } from './schema/decision.js';
import type { LineNode } from './tree.js';
import { diagnosticsOf } from './diagnostics.js';

export interface CompileOptions {
  source: Source;
  registry: UnitRegistry;
}

const slice = (lines: LineNode[], [a, b]: Range) => lines.slice(a, b);
const YEAR = /\b(19\d{2}|20\d{2})\b/u;
const ONGOING_WORDS = /thường xuyên|h[ằà]ng (?:năm|quý|tháng)|định kỳ|liên tục/iu;

function report(file: VFile, line: LineNode, ruleId: string, reason: string, severity: 'warning' | 'info' = 'warning'): void {
  const place = { line: line.position.start.line, column: line.position.start.column };
  if (severity === 'info') file.info(reason, { place, ruleId, source: 'vanban' });
  else file.message(reason, { place, ruleId, source: 'vanban' });
}

function reportUnplaced(file: VFile, lines: LineNode[]): void {
  for (const line of lines) report(file, line, 'unplaced-text', `text not placed in any field: "${line.value.slice(0, 80)}"`, 'info');
}

/** How the web-layout table reader tells unit lists and periods from other text. */
function classifierFor(registry: UnitRegistry, date: string | null, year: number | null): CellClassifier {
  const units = new Map<string, number>();
  const times = new Map<string, boolean>();
  return {
    unitLikeness(text) {
      let u = units.get(text);
      if (u === undefined) {
        if (text.length > 300) u = 0;
        else {
          const { units: found, problems } = splitUnits(text, { registry, date });
          const unknown = problems.filter((p) => p.code === 'unknown-unit').length;
          u = found.length ? (found.length - unknown) / found.length : 0;
        }
        units.set(text, u);
      }
      return u;
    },
    isTimeframe(text) {
      let t = times.get(text);
      if (t === undefined) {
        // a period that is not a condition has a number in it, or says it goes on ("Thường xuyên")
        const plausible = text.length <= 200 && (/\d/u.test(text) || ONGOING_WORDS.test(text));
        const tf = plausible ? parseTimeframe(text, { year }) : null;
        t = tf !== null && tf.kind !== 'conditional';
        times.set(text, t);
      }
      return t;
    },
  };
}

function readUnits(text: string | undefined, registry: UnitRegistry, date: string | null, file: VFile, line: LineNode): Unit[] {
  if (!text) return [];
  const { units, problems } = splitUnits(text, { registry, date });
  for (const p of problems) report(file, line, p.code, p.message, p.code === 'unknown-unit' ? 'info' : 'warning');
  return units;
}

function compileAppendix(facts: AppendixFacts, registry: UnitRegistry, date: string | null, year: number | null, file: VFile): Appendix {
  for (const p of facts.problems) report(file, p.line, p.code, p.message);
  reportUnplaced(file, facts.unplaced);
  const rows: Row[] = facts.rows.map((r) => {
    const timeText = r.cells.timeframe ? r.cells.timeframe : null;
    const timeframe = timeText ? parseTimeframe(timeText, { year }) : null;
    if (timeText && !timeframe) report(file, r.line, 'unread-timeframe', `time "${timeText}" could not be read as a period`, 'info');
    return {
      stt: r.stt,
      label: r.label,
      path: r.path,
      groups: r.groups,
      task: r.cells.task ?? '',
      lead: readUnits(r.cells.lead, registry, date, file, r.line),
      partners: readUnits(r.cells.partners, registry, date, file, r.line),
      timeframe,
      timeText,
      product: r.cells.product ? r.cells.product : null,
      cells: r.extra,
      notes: r.notes,
      line: r.line.position.start.line,
    };
  });
  return { label: facts.label, title: facts.title, issuedWith: facts.issuedWith, columns: facts.columns, groups: facts.groups, rows };
}

function countUnits(appendices: Appendix[], prose: Array<{ unit: Unit }>): UnitCount[] {
  const counts = new Map<string, UnitCount>();
  const add = (u: Unit) => {
    const key = u.id ?? u.name.toLocaleLowerCase('vi');
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { id: u.id, name: u.name, text: u.text, count: 1 });
  };
  for (const a of appendices) for (const r of a.rows) [...r.lead, ...r.partners].forEach(add);
  for (const m of prose) add(m.unit);
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

/** Builds the contract object from the normalised lines of one document (or of a page or file holding it). */
export function compileDocument(allLines: LineNode[], file: VFile, options: CompileOptions): Decision {
  // the document inside its page or file: what lies outside is said once, and read no further
  const [start, end] = documentBounds(allLines);
  const outside: Range[] = [...(start > 0 ? [[0, start] as const] : []), ...(end < allLines.length ? [[end, allLines.length] as const] : [])];
  for (const range of outside) {
    const part = slice(allLines, range);
    report(file, part[0]!, 'outside-document', `${part.length} lines outside the document were left out (a page's chrome, summaries and related documents, or another document that begins here)`, 'info');
  }
  const lines = allLines.slice(start, end);
  const text = lines.map((l) => l.value).join('\n');
  const seg = segmentDocument(lines);
  const header = readHeader(slice(lines, seg.header), seg.heading - seg.header[0]);
  const preamble = readPreamble(slice(lines, seg.preamble));
  const body = readBody(slice(lines, seg.body));
  const closing = readClosing(slice(lines, seg.closing));
  reportUnplaced(file, [...header.unplaced, ...preamble.unplaced, ...closing.unplaced]);

  // an attachment that holds a table (a "DANH MỤC …" issued with the decision) is read as an appendix
  const sections: Section[] = [...body.sections];
  const attachments: Attachment[] = [];
  const tableRanges: Range[] = [...seg.appendices];
  for (const range of seg.attachments) {
    const part = slice(lines, range);
    if (hasTable(part)) {
      tableRanges.push(range);
      continue;
    }
    const head = readTitleBlock(part, 0, part.length);
    const read = readBody(part.slice(head.end));
    sections.push(...read.sections);
    attachments.push({ title: head.title, issuedWith: head.issuedWith, intro: read.intro.length ? read.intro.join('\n') : null });
  }
  tableRanges.sort((a, b) => a[0] - b[0]);

  // the document's type: its heading, else a letter's marks, else a bare appendix
  const headingType = header.heading ? documentTypeByHeading(header.heading) : undefined;
  const isLetter = !headingType && (header.subjectIsAbout || header.addressees.length > 0);
  const parsedNumber = header.numberText ? parseDocumentNumber(header.numberText, { officialLetter: isLetter }) : null;
  const codeType = !headingType && !isLetter && parsedNumber?.parts.typeCode ? documentTypeByCode(parsedNumber.parts.typeCode, header.date) : undefined;
  const type = headingType ?? codeType;
  const hasHeader = seg.header[1] > seg.header[0];
  const kind: Document['kind'] = type ? type.kind : isLetter ? 'official-letter' : !hasHeader && seg.appendices.length ? 'appendix' : 'other';

  const year = header.date ? Number(header.date.slice(0, 4)) : null;
  const appendixFacts = tableRanges.map((r) => readAppendix(slice(lines, r), classifierFor(options.registry, header.date, year)));
  const yearHint = year ?? appendixFacts.map((a) => YEAR.exec(`${a.issuedWith ?? ''} ${a.title ?? ''}`)?.[1]).map(Number).find((y) => y > 0) ?? null;
  const appendices = appendixFacts.map((a) => compileAppendix(a, options.registry, header.date, yearHint, file));

  const { citations, problems } = extractCitations(text, { self: parsedNumber?.number ?? null, year: yearHint });
  for (const p of problems) file.message(p.message, { place: offsetToPoint(lines, p.start), ruleId: p.code, source: 'vanban' });
  const known = new Set(citations.map((c) => c.id));
  const legalBases = preamble.legalBases.map((b) => ({
    text: b.text,
    citationIds: [...new Set(extractCitations(b.text).citations.map((c) => c.id))].filter((id) => known.has(id)),
  }));

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
    issuer: header.issuer,
    parentIssuer: header.parentIssuer,
    motto: header.motto,
    place: header.place,
    date: header.date,
    subject: header.subject,
    authority: header.authority,
    legalBases,
    proposedBy: preamble.proposedBy,
    addressees: header.addressees,
    intro: body.intro.length ? body.intro.join('\n') : null,
    articles: body.articles,
    recipients: closing.recipients,
    archive: closing.archive,
    copies: closing.copies,
    signature: closing.signature,
  };

  return {
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
