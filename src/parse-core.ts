import { diagnose } from './diagnostics.js';
import { startDocument } from './text/memo.js';
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { compileDocument } from './compile.js';
import { VanbanError } from './errors.js';
import { normalize } from './normalize/index.js';
import { defaultUnitRegistry, type UnitRegistry } from './registry/units.js';
import type { VanbanDocument, Source, SourceOcr } from './schema/decision.js';
import { decodeInput, decodeText } from './sources/decode.js';
import type { Note } from './sources/notes.js';
import { detectFormat, type SourceFormat } from './sources/detect.js';
import { htmlNestingDepth } from './sources/html-depth.js';
import type { htmlToTree } from './sources/html.js';
import { type Limits, limitsOf } from './limits.js';
import type { markdownToTree } from './sources/markdown.js';
import { keepingBuiltins } from './sources/keep-builtins.js';
import { textToTree } from './sources/text.js';
import { isDocumentMarker, isHeaderMarker } from './recognise/document-markers.js';
import { layoutTables } from './recognise/layout-tables.js';
import type { OcrMode } from './sources/pdf.js';
import { ocrStarted } from './sources/ocr-workers.js';
import { blockLines, type RootNode } from './tree.js';

declare module 'unified' {
  interface CompileResultMap {
    VanbanDocument: VanbanDocument;
  }
}

export type { SourceFormat } from './sources/detect.js';

export interface ParseOptions {
  /** The input's name (a file name), for `source.name` and error messages, and a hint for the format. */
  name?: string | null;
  /** The unit registry to read unit names with; defaults to BHXH's. */
  registry?: UnitRegistry;
  /** The input's format; detected from the bytes when absent. */
  format?: SourceFormat;
  /**
   * OCR of scanned pages (PDF pages without a text layer, page images): 'auto' (the default) reads
   * the pages that have no text, 'force' every PDF page, 'off' none (a scan is then an error).
   */
  ocr?: OcrMode;
  /** Called after each page read by OCR, with its count and the count of pages to read. */
  onOcrPage?: (done: number, total: number) => void;
  /** How much one document may ask for (text size, a Word document's XML, HTML depth, PDF pages); see `DEFAULT_LIMITS`. */
  limits?: Partial<Limits>;
}

export type { OcrMode } from './sources/pdf.js';

/**
 * The synchronous readers of markup (cheerio for HTML, remark for Markdown). The library passes them
 * loaded (`parse()` is synchronous); the CLI loads only the one a document's format needs.
 */
export interface SyncReaders {
  htmlToTree?: typeof htmlToTree;
  markdownToTree?: typeof markdownToTree;
}

function reader<K extends keyof SyncReaders>(readers: SyncReaders, key: K): NonNullable<SyncReaders[K]> {
  const found = readers[key];
  if (!found) throw new Error(`the ${key} reader is not loaded`);
  return found as NonNullable<SyncReaders[K]>;
}

/** How the HTML and Word readers tell the document's text in a page (the recognisers' markers). */
const DOCUMENT_MARKERS = { isDocumentMarker, isHeaderMarker };

/** A page read by OCR below this mean word confidence (0–100) gets an `ocr-low-confidence` warning. */
const LOW_OCR_CONFIDENCE = 70;

const ASYNC_FORMATS: ReadonlySet<SourceFormat> = new Set(['pdf', 'docx', 'image']);

const compiler: Plugin<[{ source: Source; registry: UnitRegistry }], RootNode, VanbanDocument> = function (options) {
  this.compiler = (tree, file) => compileDocument((tree as RootNode).children, file, { ...options, leftOut: (tree as RootNode).data?.leftOut });
};

/** unified parser plugin: the tree an adapter has already built (markup and binary sources), else the text's. */
const sourceTree: Plugin<[RootNode | null], string, RootNode> = function (tree) {
  this.parser = (doc: string) => tree ?? textToTree(doc);
};

function sourceOf(input: string | Uint8Array, name: string | null, format: SourceFormat, ocr: SourceOcr | null): Source {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const source: Source = { name, format, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (ocr) source.ocr = ocr;
  return source;
}

/** A warning on each page OCR read with low confidence, at the page's first line. */
function warnLowConfidence(file: VFile, tree: RootNode, ocr: SourceOcr): void {
  for (const { page, confidence } of ocr.pages) {
    if (confidence >= LOW_OCR_CONFIDENCE) continue;
    const line = tree.children.flatMap(blockLines).find((l) => l.data?.page === page);
    file.message(`page ${page} was read by OCR with a mean confidence of ${confidence}% (under ${LOW_OCR_CONFIDENCE}%): its text may hold misread words`, {
      place: line ? { line: line.position.start.line, column: 1 } : { line: 1, column: 1 },
      ruleId: 'ocr-low-confidence',
      source: 'vanban',
    });
  }
}

function run(file: VFile, tree: RootNode | null, source: Source, options: ParseOptions): VanbanDocument {
  const processor = unified()
    .use(sourceTree, tree)
    .use(normalize)
    .use(layoutTables)
    .use(compiler, { source, registry: options.registry ?? defaultUnitRegistry });
  return processor.processSync(file).result as VanbanDocument;
}

/** Any failure as a typed error: a reader's own VanbanError as it is, anything else as `read-failed`. */
function asVanbanError(error: unknown, file: string | null): VanbanError {
  if (error instanceof VanbanError) return error;
  return new VanbanError('read-failed', `could not parse: ${(error as Error)?.message ?? String(error)}`, { file, cause: error });
}

function typed<T>(options: ParseOptions, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asVanbanError(error, options.name ?? null);
  }
}

/**
 * Input too large to read before it is decoded: more characters than `maxTextChars` as a string, or
 * more bytes than four times it (no character takes more than four bytes of UTF-8).
 */
function checkInputSize(input: string | Uint8Array, limits: Limits, name: string | null): void {
  const over = typeof input === 'string' ? input.length > limits.maxTextChars : input.length > 4 * limits.maxTextChars;
  if (over) throw new VanbanError('too-large', `the input is ${input.length} ${typeof input === 'string' ? 'characters' : 'bytes'}, more than its text may be (limits.maxTextChars ${limits.maxTextChars}): not read`, { file: name });
}

/** The document's lines as text, the value of the file the diagnostics refer to for built trees. */
const treeText = (tree: RootNode) => tree.children.flatMap(blockLines).map((l) => l.value).join('\n');

/** The format to read the input as: the one asked for, else the one its bytes show. */
function formatOf(input: string | Uint8Array, options: ParseOptions): SourceFormat {
  return options.format ?? detectFormat(input, { name: options.name ?? null });
}

/**
 * The tree of a format whose reader is synchronous (every format but PDF and DOCX); null for text.
 * `notes` receives what decoding the bytes had to say (a NUL taken out, a converted encoding).
 */
function syncTree(readers: SyncReaders, input: string | Uint8Array, format: SourceFormat, name: string | null, notes: Note[], limits: Limits): RootNode | null {
  switch (format) {
    case 'html': {
      // before any tree is built: the HTML parser's time grows with the square of the depth
      const markup = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
      const depth = htmlNestingDepth(markup, limits.maxHtmlDepth);
      if (depth > limits.maxHtmlDepth) {
        throw new VanbanError('too-deep', `the HTML nests its elements more than ${limits.maxHtmlDepth} deep: not read (limits.maxHtmlDepth)`, { file: name });
      }
      return reader(readers, 'htmlToTree')(input, { file: name, markers: DOCUMENT_MARKERS });
    }
    case 'markdown': {
      const decoded = decodeInput(input, { file: name });
      if (decoded.suspected) decodeText(input, { file: name }); // throws legacy-encoding, naming it
      notes.push(...decoded.notes);
      return reader(readers, 'markdownToTree')(decoded.text, { file: name });
    }
    case 'text':
      return null;
    default:
      throw new VanbanError('async-required', `${format.toUpperCase()} input is read asynchronously: call parseAsync() instead of parse()`, { file: name });
  }
}

function withTree(input: string | Uint8Array, format: SourceFormat, tree: RootNode | null, options: ParseOptions, treeNotes: Note[] = [], ocr: SourceOcr | null = null): VanbanDocument {
  const name = options.name ?? null;
  startDocument(); // the memos of folds and lookups are this document's
  const source = sourceOf(input, name, format, ocr);
  let value: string;
  let notes: Note[] = treeNotes;
  if (tree) value = treeText(tree);
  else {
    const decoded = decodeInput(input, { file: name });
    if (decoded.suspected) value = decodeText(input, { file: name }); // throws legacy-encoding, naming it
    else {
      value = decoded.text;
      notes = [...notes, ...decoded.notes];
    }
  }
  const { maxTextChars } = limitsOf(options.limits);
  if (value.length > maxTextChars) {
    throw new VanbanError('too-large', `the document's text is ${value.length} characters, more than ${maxTextChars}: not read (limits.maxTextChars)`, { file: name });
  }
  const file = new VFile({ value, path: name ?? undefined });
  // how the bytes were read, when not plain UTF-8: a converted legacy encoding, a code page, repaired bytes
  for (const note of notes) {
    const { ruleId, message, severity } = typeof note === 'string' ? { ruleId: 'input-encoding', message: note, severity: 'warning' } : note;
    const place = { line: 1, column: 1 };
    diagnose(file, severity === 'info' ? 'info' : 'warning', ruleId, message, place);
  }
  if (tree && ocr) warnLowConfidence(file, tree, ocr);
  return run(file, tree, source, options);
}

/** `parse()` with the given markup readers (see `SyncReaders`). */
export function parseWith(readers: SyncReaders, input: string | Uint8Array, options: ParseOptions = {}): VanbanDocument {
  return typed(options, () => {
    const format = formatOf(input, options);
    checkInputSize(input, limitsOf(options.limits), options.name ?? null);
    const notes: Note[] = [];
    const tree = syncTree(readers, input, format, options.name ?? null, notes, limitsOf(options.limits));
    return withTree(input, format, tree, options, notes);
  });
}

/** `parseAsync()` with the given markup readers. */
export async function parseAsyncWith(readers: SyncReaders, input: string | Uint8Array, options: ParseOptions = {}): Promise<VanbanDocument> {
  const format = typed(options, () => formatOf(input, options));
  if (!ASYNC_FORMATS.has(format)) return parseWith(readers, input, { ...options, format });
  const name = options.name ?? null;
  if (typeof input === 'string') {
    const code = format === 'pdf' ? 'invalid-pdf' : format === 'docx' ? 'invalid-docx' : 'invalid-image';
    throw new VanbanError(code, `${format.toUpperCase()} input must be given as bytes, not as text`, { file: name });
  }
  let tree: RootNode;
  let ocr: SourceOcr | null = null;
  const treeNotes: Note[] = [];
  try {
    // the PDF, Word and OCR readers (pdf.js, mammoth, tesseract.js) load only when such a file comes;
    // pdf.js's core-js replaces built-ins for the whole process, which are put back after it
    const limits = limitsOf(options.limits);
    if (format === 'pdf') {
      ({ tree, ocr } = await keepingBuiltins(async () =>
        (await import('./sources/pdf.js')).pdfToDocument(input, { file: name, ocr: options.ocr, onOcrPage: options.onOcrPage, maxPages: limits.maxPdfPages }),
      ));
    } else if (format === 'image') {
      if (options.ocr === 'off') throw new VanbanError('binary-input', 'the input is a page image, whose text cannot be read without OCR (it was turned off)', { file: name });
      ({ tree, ocr } = await keepingBuiltins(async () => (await import('./sources/ocr.js')).imageToDocument(input, { file: name, onPage: options.onOcrPage })));
    } else {
      tree = await (await import('./sources/docx.js')).docxToTree(input, { file: name, maxXmlBytes: limits.maxDocxXmlBytes, notes: treeNotes });
    }
  } catch (error) {
    throw asVanbanError(error, name);
  }
  return typed(options, () => withTree(input, format, tree, options, treeNotes, ocr));
}

/** Ends the OCR workers that reading scans started (they keep a program running): call it when done. */
export async function terminateOcr(): Promise<void> {
  // nothing to end, and no OCR code to load, when no scan was read
  if (!ocrStarted()) return;
  await (await import('./sources/ocr-engine.js')).terminateOcr();
}

/** The format to read the input as, or null where detecting it throws (the parse then says why). */
export function formatToRead(input: string | Uint8Array, options: ParseOptions): SourceFormat | null {
  try {
    return formatOf(input, options);
  } catch {
    return null;
  }
}
