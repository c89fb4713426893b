/**
 * The JSON contract, schemaVersion 1. These zod schemas are the single source of the
 * TypeScript types (`z.infer`) and of the published JSON Schema (`schema/vanban.schema.json`).
 * Field names are English camelCase; values keep the document's Vietnamese. Absent facts are
 * `null` or `[]`, never invented.
 */
import { z } from 'zod';
import diagnosticCodes from '../registry/diagnostic-codes.json';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

const isoDate = z.iso.date();
const nullableText = z.string().nullable();

export const Severity = z.enum(['error', 'warning', 'info']);

/** Every diagnostic code, with what it means (`registry/diagnostic-codes.json`). */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, string>> = Object.freeze(diagnosticCodes.codes);
export type DiagnosticCode = keyof typeof diagnosticCodes.codes;
export const DiagnosticCode = z.enum(Object.keys(diagnosticCodes.codes) as [DiagnosticCode, ...DiagnosticCode[]]);

export const Diagnostic = z
  .object({
    severity: Severity,
    code: DiagnosticCode.describe(`Stable rule id: ${Object.entries(diagnosticCodes.codes).map(([code, about]) => `"${code}": ${about}`).join(' ')}`),
    message: z.string(),
    line: z.int().nullable().describe('1-based line in the source, null when not tied to a place'),
    column: z.int().nullable(),
  })
  .meta({ id: 'Diagnostic' });

export const Unit = z
  .object({
    id: nullableText.describe('Registry id (BHXH abbreviation such as TST, CSXH); null when not in the registry'),
    name: z.string().describe('Full name: the registry name when known, otherwise the text as printed'),
    text: z.string().describe('The text as printed in the document'),
    kind: z
      .string()
      .optional()
      .describe('For a state body outside BHXH found in the registry of state bodies: its kind (ministry, ministry-level, government-agency, central-body, provincial-committee, provincial-department)'),
  })
  .meta({ id: 'Unit' });

export const UnitCount = Unit.extend({ count: z.int().min(1) }).meta({ id: 'UnitCount' });

export const TimeframeKind = z.enum([
  'year',
  'quarter',
  'month',
  'date',
  'range',
  'ongoing',
  'open-ended',
  'deadline',
  'conditional',
  'multiple',
]);

/** The kinds of one period or deadline: every kind but "multiple". */
export const SingleTimeframeKind = TimeframeKind.exclude(['multiple']);

/** One period or deadline: a timeframe of any kind but "multiple", and each part of a "multiple" one. */
export const TimeframePart = z
  .strictObject({
    kind: SingleTimeframeKind,
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    text: z.string(),
  })
  .meta({ id: 'TimeframePart' });

/** Several periods or deadlines ("Quý II, III/2024"): `parts` lists them, `start`/`end` span them all. */
export const MultipleTimeframe = z
  .strictObject({
    kind: z.literal('multiple'),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    text: z.string(),
    parts: z.array(TimeframePart).min(2).describe('Each period or deadline, in the order printed'),
  })
  .meta({ id: 'MultipleTimeframe' });

/** A task's time, by `kind`: `parts` exists exactly when the kind is "multiple" (no other field is allowed). */
export const Timeframe = z.discriminatedUnion('kind', [TimeframePart, MultipleTimeframe]).meta({ id: 'Timeframe' });

export const Mention = z
  .object({
    text: z.string().describe('Exactly text.slice(start, end)'),
    start: z.int().min(0),
    end: z.int().min(0),
    pinpoint: nullableText.describe('e.g. "điểm b khoản 2 Điều 14"'),
    sourceStart: z.int().min(0).optional().describe('Plain text input: offset of the mention in the decoded input, so that input.slice(sourceStart, sourceEnd) shows its words'),
    sourceEnd: z.int().min(0).optional(),
    sourceLine: z.int().min(1).optional().describe('1-based line in the source where the mention starts (for markup and PDF, the line of the element or text item that holds it)'),
    sourceColumn: z.int().min(1).optional(),
  })
  .meta({ id: 'Mention' });

export const Citation = z
  .object({
    id: z.string().describe('Normalised number ("89/2020/NĐ-CP") or, for laws cited by name, the name'),
    type: nullableText.describe('Document type name, e.g. "Nghị định"'),
    number: nullableText,
    issuerCode: nullableText,
    issuer: nullableText,
    date: isoDate.nullable(),
    title: nullableText,
    mentions: z.array(Mention),
  })
  .meta({ id: 'Citation' });

export const LegalBasis = z
  .object({ text: z.string(), citationIds: z.array(z.string()) })
  .meta({ id: 'LegalBasis' });

export const NumberParts = z
  .object({
    seq: z.int().nullable(),
    year: z.int().nullable(),
    typeCode: nullableText,
    issuerCode: nullableText,
    unitCode: nullableText,
  })
  .meta({ id: 'NumberParts' });

export const Signature = z
  .object({
    authority: nullableText.describe('"KT.", "TM.", "TL.", "TUQ.", "Q." or null'),
    onBehalfOf: nullableText.describe('The head or body signed for: "TỔNG GIÁM ĐỐC"'),
    title: nullableText.describe('The signer\'s own title'),
    name: nullableText,
    otherRoles: z
      .array(z.string())
      .describe('Signing levels under the first, as printed ("KT. THỦ TƯỚNG" under "TM. CHÍNH PHỦ"), then the roles printed under the name'),
  })
  .meta({ id: 'Signature' });

export const Article = z
  .object({ number: z.int(), title: nullableText, text: z.string() })
  .meta({ id: 'Article' });

export const ChapterSection = z
  .object({
    label: z.string().describe('"1" of "Mục 1"'),
    title: nullableText,
    articles: z.array(z.int()).describe('The numbers of the articles in the section, in order'),
  })
  .meta({ id: 'ChapterSection' });

export const Chapter = z
  .object({
    label: z.string().describe('"I" of "Chương I"'),
    title: nullableText.describe('"QUY ĐỊNH CHUNG"'),
    articles: z.array(z.int()).describe('The numbers of the articles in the chapter (its sections\' too), in order'),
    sections: z.array(ChapterSection).describe('Its sections ("Mục 1 …"), when it has them'),
  })
  .meta({ id: 'Chapter' });

export interface SectionShape {
  label: string;
  title: string | null;
  text: string;
  children: SectionShape[];
}

export const Section: z.ZodType<SectionShape> = z
  .object({
    label: z.string().describe('"I", "1", "a", "-" or "+"'),
    title: nullableText,
    text: z.string(),
    get children() {
      return z.array(Section);
    },
  })
  .meta({ id: 'Section' });

export const DocumentKind = z.enum([
  'decision',
  'official-letter',
  'plan',
  'notice',
  'dispatch',
  'decree',
  'resolution',
  'circular',
  'joint-circular',
  'directive',
  'regulation',
  'rules',
  'guidance',
  'programme',
  'scheme',
  'project',
  'report',
  'proposal',
  'minutes',
  'law',
  'ordinance',
  'conclusion',
  'consolidated-text',
  'invitation',
  'appendix',
  'other',
]);

export const Document = z
  .object({
    kind: DocumentKind,
    typeName: nullableText.describe('"Quyết định"; official letters: "Công văn"'),
    typeCode: nullableText.describe('"QĐ"; null for official letters'),
    number: nullableText.describe('Number and sign as printed, spaces removed: "123/QĐ-BHXH"'),
    numberParts: NumberParts,
    issuer: nullableText,
    parentIssuer: nullableText,
    motto: nullableText.describe('The national motto (Quốc hiệu và Tiêu ngữ) as printed, its lines joined by " / "'),
    place: nullableText,
    date: isoDate.nullable(),
    subject: nullableText,
    authority: nullableText,
    legalBases: z.array(LegalBasis),
    proposedBy: nullableText,
    addressees: z.array(z.string()),
    intro: nullableText.describe('The body\'s text before its first article or section (the opening paragraphs of a letter)'),
    outro: nullableText.describe('A letter\'s or notice\'s closing paragraph after its sections, whose subject is the issuing body ("Văn phòng Chính phủ thông báo để … biết, thực hiện./."); null when it has none'),
    articles: z.array(Article),
    chapters: z.array(Chapter).describe('The chapters ("Chương I") the articles are grouped in, in order; [] when they are not'),
    recipients: z.array(z.string()),
    archive: z.array(z.string()),
    copies: z.int().nullable().describe('The number of copies kept, printed after the Lưu: codes: "(2b)" → 2'),
    signature: Signature,
  })
  .meta({ id: 'Document' });

export const GroupRef = z
  .object({ stt: z.string(), title: z.string() })
  .meta({ id: 'GroupRef' });

export const Group = GroupRef.extend({
  notes: z.array(z.string()).describe('Footnotes attached to the heading; they are also in the notes of each row under it'),
}).meta({ id: 'Group' });

export const Place = z
  .object({
    line: z.int().describe('1-based line in the source (for PDF and DOCX: in the extracted text)'),
    column: z.int().describe('1-based column in that line'),
    page: z.int().nullable().describe('The PDF page, null for other formats'),
  })
  .meta({ id: 'Place' });

export const Row = z
  .object({
    id: z.string().describe('Stable id of the row in the document: "appendix-1/row-12" (1-based, in reading order)'),
    stt: nullableText.describe('The numbered item the row belongs to ("1.1"); rows with an empty STT cell take their item\'s'),
    label: nullableText.describe('A lettered sub-item inside the task cell: "a)"'),
    path: z.array(z.string()).describe('Enclosing numbers, outermost first: ["1", "1.1"]'),
    groups: z.array(GroupRef).describe('Enclosing group headings, outermost first (their footnotes are in appendix.groups)'),
    task: z.string(),
    lead: z.array(Unit),
    partners: z.array(Unit),
    timeframe: Timeframe.nullable(),
    timeText: nullableText,
    product: nullableText,
    cells: z.record(z.string(), z.string()).describe('Cells of columns without a role, by header'),
    notes: z.array(z.string()).describe('Footnotes attached to the row'),
    line: z.int().nullable().describe('Line in the source where the row starts'),
    place: Place.nullable().describe('Where the row starts in the source'),
    cellPlaces: z.record(z.string(), Place).describe('Where each printed cell of the row starts, by column header (cells spanning from above: where they were printed)'),
  })
  .meta({ id: 'Row' });

export const Appendix = z
  .object({
    label: z.string(),
    title: nullableText,
    issuedWith: nullableText,
    columns: z.array(z.string()),
    groups: z.array(Group).describe('Group headings of the table (rows that hold a heading only), in order'),
    rows: z.array(Row),
    text: nullableText.describe('An appendix with no task table (a form, a list): its text after the title block, one line a paragraph; null when it holds a task table'),
  })
  .meta({ id: 'Appendix' });

export const Attachment = z
  .object({
    title: nullableText.describe('"CHƯƠNG TRÌNH HÀNH ĐỘNG …"'),
    issuedWith: nullableText.describe('The "(Kèm theo Quyết định số …)" line'),
    intro: nullableText.describe('Its text before its first section or article; the sections themselves are in `sections`'),
    articles: z.array(Article).describe('The articles of an attached regulation ("Quy chế", "Quy định": Điều 1 …), numbered from 1 again'),
    chapters: z.array(Chapter).describe('The chapters its articles are grouped in'),
  })
  .meta({ id: 'Attachment' });

export const OcrPage = z
  .object({
    page: z.int().describe('1-based page number in the input'),
    confidence: z.number().describe("The OCR engine's mean word confidence on the page, 0–100"),
  })
  .meta({ id: 'OcrPage' });

export const SourceOcr = z
  .object({
    engine: z.string().describe('"tesseract.js 7"'),
    model: z.string().describe('The recognition model: language and data version'),
    pages: z.array(OcrPage).describe('The pages whose text was read by OCR, in page order'),
  })
  .meta({ id: 'SourceOcr' });

export const Source = z
  .object({
    name: nullableText,
    format: z.enum(['text', 'html', 'pdf', 'markdown', 'docx', 'image']).describe('"image": a page image (PNG, JPEG, TIFF), read by OCR'),
    sha256: z.string(),
    ocr: SourceOcr.nullable().optional().describe('How the text of scanned pages was read; absent or null when no page needed OCR'),
  })
  .meta({ id: 'Source' });

/** The root of the contract: one document read (a decision, an official letter, an appendix …). */
export const VanbanDocument = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    text: z.string().describe('The whole document as clean text'),
    document: Document,
    sections: z.array(Section),
    attachments: z.array(Attachment).describe('Programmes or plans issued with the document, before its appendices'),
    appendices: z.array(Appendix),
    citations: z.array(Citation),
    units: z.array(UnitCount),
    diagnostics: z.array(Diagnostic),
    sourceLines: z
      .array(z.int())
      .optional()
      .describe('The source line where each line of `text` starts (the n-th entry for the n-th line): the map from the clean text back to the input'),
  })
  .meta({ id: 'VanbanDocument', title: 'vanban document' });

/** @deprecated the root is any kind of document, not only a decision: use `VanbanDocument`. */
export const Decision = VanbanDocument;

export type Diagnostic = z.infer<typeof Diagnostic>;
export type Place = z.infer<typeof Place>;
export type Unit = z.infer<typeof Unit>;
export type UnitCount = z.infer<typeof UnitCount>;
export type TimeframeKind = z.infer<typeof TimeframeKind>;
export type SingleTimeframeKind = z.infer<typeof SingleTimeframeKind>;
export type TimeframePart = z.infer<typeof TimeframePart>;
export type MultipleTimeframe = z.infer<typeof MultipleTimeframe>;
export type Timeframe = z.infer<typeof Timeframe>;
export type Mention = z.infer<typeof Mention>;
export type Citation = z.infer<typeof Citation>;
export type Chapter = z.infer<typeof Chapter>;
export type ChapterSection = z.infer<typeof ChapterSection>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type NumberParts = z.infer<typeof NumberParts>;
export type Signature = z.infer<typeof Signature>;
export type Article = z.infer<typeof Article>;
export type Section = SectionShape;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type Document = z.infer<typeof Document>;
export type Group = z.infer<typeof Group>;
export type GroupRef = z.infer<typeof GroupRef>;
export type Row = z.infer<typeof Row>;
export type Appendix = z.infer<typeof Appendix>;
export type Source = z.infer<typeof Source>;
export type SourceOcr = z.infer<typeof SourceOcr>;
export type Attachment = z.infer<typeof Attachment>;
export type VanbanDocument = z.infer<typeof VanbanDocument>;
/** @deprecated the root is any kind of document, not only a decision: use `VanbanDocument`. */
export type Decision = VanbanDocument;
