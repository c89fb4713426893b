import { formatToRead, parseAsyncWith, type ParseOptions, type SyncReaders } from '../parse-core.js';
import type { VanbanDocument } from '../schema/decision.js';

/** The markup readers loaded so far in this process: each is imported when the first document of its format comes. */
const loaded: SyncReaders = {};

/**
 * `parseAsync()` for the CLI: the HTML reader (cheerio) and the Markdown reader (remark) load only
 * when a document of their format comes, so a run over text files never loads them.
 */
export async function parseLazily(input: string | Uint8Array, options: ParseOptions = {}): Promise<VanbanDocument> {
  const format = formatToRead(input, options);
  if (format === 'html' && !loaded.htmlToTree) loaded.htmlToTree = (await import('../sources/html.js')).htmlToTree;
  if (format === 'markdown' && !loaded.markdownToTree) loaded.markdownToTree = (await import('../sources/markdown.js')).markdownToTree;
  // DOCX is read to a tree by its own reader (loaded by parseAsync); its tables need no markup reader
  return parseAsyncWith(loaded, input, format ? { ...options, format } : options);
}
