import { parseAsyncWith, parseWith, type ParseOptions, type SyncReaders } from './parse-core.js';
import type { VanbanDocument } from './schema/decision.js';
import { htmlToTree } from './sources/html.js';
import { markdownToTree } from './sources/markdown.js';

export { terminateOcr, type OcrMode, type ParseOptions, type SourceFormat } from './parse-core.js';

/** The library's markup readers, loaded with it: `parse()` is synchronous. */
const READERS: SyncReaders = { htmlToTree, markdownToTree };

/**
 * Parses one document (text, HTML or Markdown, as text or bytes) into the typed contract object.
 * Problems inside a readable document become `diagnostics`; input that cannot be read at all throws
 * a `VanbanError`. PDF, DOCX and page images are read by `parseAsync()`; given here they throw `async-required`.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): VanbanDocument {
  return parseWith(READERS, input, options);
}

/** Parses one document of any format (text, HTML, Markdown, PDF, DOCX, a page image) into the typed contract object. */
export function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<VanbanDocument> {
  return parseAsyncWith(READERS, input, options);
}
