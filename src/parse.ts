import { createHash } from 'node:crypto';
import { unified } from 'unified';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { compileDocument } from './compile.js';
import { VanbanError } from './errors.js';
import { normalize } from './normalize/index.js';
import { defaultUnitRegistry, type UnitRegistry } from './registry/units.js';
import type { VanbanDocument, Source } from './schema/decision.js';
import { decodeInput, decodeText } from './sources/decode.js';
import type { Note } from './sources/notes.js';
import { detectFormat, type SourceFormat } from './sources/detect.js';
import { htmlNestingDepth } from './sources/html-depth.js';
import { htmlToTree } from './sources/html.js';
import { type Limits, limitsOf } from './limits.js';
import { markdownToTree } from './sources/markdown.js';
import { textToTree } from './sources/text.js';
import type { LineNode, RootNode } from './tree.js';

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
  /** How much one document may ask for (text size, a Word document's XML, HTML depth, PDF pages); see `DEFAULT_LIMITS`. */
  limits?: Partial<Limits>;
}

const ASYNC_FORMATS: ReadonlySet<SourceFormat> = new Set(['pdf', 'docx']);

const compiler: Plugin<[{ source: Source; registry: UnitRegistry }], RootNode, VanbanDocument> = function (options) {
  this.compiler = (tree, file) => compileDocument((tree as RootNode).children as LineNode[], file, options);
};

/** unified parser plugin: the tree an adapter has already built (markup and binary sources), else the text's. */
const sourceTree: Plugin<[RootNode | null], string, RootNode> = function (tree) {
  this.parser = (doc: string) => tree ?? textToTree(doc);
};

function sourceOf(input: string | Uint8Array, name: string | null, format: SourceFormat): Source {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return { name, format, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function run(file: VFile, tree: RootNode | null, source: Source, options: ParseOptions): VanbanDocument {
  const processor = unified()
    .use(sourceTree, tree)
    .use(normalize)
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
const treeText = (tree: RootNode) => (tree.children as LineNode[]).map((l) => l.value).join('\n');

/** The format to read the input as: the one asked for, else the one its bytes show. */
function formatOf(input: string | Uint8Array, options: ParseOptions): SourceFormat {
  return options.format ?? detectFormat(input, { name: options.name ?? null });
}

/**
 * The tree of a format whose reader is synchronous (every format but PDF and DOCX); null for text.
 * `notes` receives what decoding the bytes had to say (a NUL taken out, a converted encoding).
 */
function syncTree(input: string | Uint8Array, format: SourceFormat, name: string | null, notes: Note[], limits: Limits): RootNode | null {
  switch (format) {
    case 'html': {
      // before any tree is built: the HTML parser's time grows with the square of the depth
      const markup = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
      const depth = htmlNestingDepth(markup, limits.maxHtmlDepth);
      if (depth > limits.maxHtmlDepth) {
        throw new VanbanError('too-deep', `the HTML nests its elements more than ${limits.maxHtmlDepth} deep: not read (limits.maxHtmlDepth)`, { file: name });
      }
      return htmlToTree(input, { file: name });
    }
    case 'markdown': {
      const decoded = decodeInput(input, { file: name });
      if (decoded.suspected) decodeText(input, { file: name }); // throws legacy-encoding, naming it
      notes.push(...decoded.notes);
      return markdownToTree(decoded.text, { file: name });
    }
    case 'text':
      return null;
    default:
      throw new VanbanError('async-required', `${format.toUpperCase()} input is read asynchronously: call parseAsync() instead of parse()`, { file: name });
  }
}

function withTree(input: string | Uint8Array, format: SourceFormat, tree: RootNode | null, options: ParseOptions, treeNotes: Note[] = []): VanbanDocument {
  const name = options.name ?? null;
  const source = sourceOf(input, name, format);
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
    if (severity === 'info') file.info(message, { place, ruleId, source: 'vanban' });
    else file.message(message, { place, ruleId, source: 'vanban' });
  }
  return run(file, tree, source, options);
}

/**
 * Parses one document (text, HTML or Markdown, as text or bytes) into the typed contract object.
 * Problems inside a readable document become `diagnostics`; input that cannot be read at all throws
 * a `VanbanError`. PDF and DOCX are read by `parseAsync()`; given here they throw `async-required`.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): VanbanDocument {
  return typed(options, () => {
    const format = formatOf(input, options);
    checkInputSize(input, limitsOf(options.limits), options.name ?? null);
    const notes: Note[] = [];
    const tree = syncTree(input, format, options.name ?? null, notes, limitsOf(options.limits));
    return withTree(input, format, tree, options, notes);
  });
}

/** Parses one document of any format (text, HTML, Markdown, PDF, DOCX) into the typed contract object. */
export async function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<VanbanDocument> {
  const format = typed(options, () => formatOf(input, options));
  if (!ASYNC_FORMATS.has(format)) return parse(input, { ...options, format });
  const name = options.name ?? null;
  if (typeof input === 'string') {
    throw new VanbanError(format === 'pdf' ? 'invalid-pdf' : 'invalid-docx', `${format.toUpperCase()} input must be given as bytes, not as text`, { file: name });
  }
  let tree: RootNode;
  const treeNotes: Note[] = [];
  try {
    // the PDF and Word readers (pdf.js, mammoth) load only when such a file comes
    const limits = limitsOf(options.limits);
    tree =
      format === 'pdf'
        ? await (await import('./sources/pdf.js')).pdfToTree(input, { file: name, maxPages: limits.maxPdfPages })
        : await (await import('./sources/docx.js')).docxToTree(input, { file: name, maxXmlBytes: limits.maxDocxXmlBytes, notes: treeNotes });
  } catch (error) {
    throw asVanbanError(error, name);
  }
  return typed(options, () => withTree(input, format, tree, options, treeNotes));
}
