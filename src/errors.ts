/** Why a document could not be read at all. Problems inside a readable document are diagnostics. */
export type VanbanErrorCode =
  | 'empty-input'
  | 'binary-input'
  /** A format vanban does not read (a Word 97–2003 `.doc`, RTF, a zip that is no `.docx`), or an option that needs another (`--annotate` on a non-HTML input). */
  | 'unsupported-format'
  | 'legacy-encoding'
  | 'no-document'
  | 'read-failed'
  /** A file named or detected as PDF that is none, or a damaged one. */
  | 'invalid-pdf'
  /** A PDF with no text layer (a scan) where OCR found no text, or was turned off. */
  | 'scanned-pdf'
  /** A page image (PNG, JPEG, TIFF) that cannot be decoded. */
  | 'invalid-image'
  /** A PDF that needs a password to open. */
  | 'encrypted-pdf'
  /** A file named .docx that is no Word document, or a damaged one. */
  | 'invalid-docx'
  /** A format (PDF, DOCX) whose reader is asynchronous, given to the synchronous `parse()`. */
  | 'async-required'
  /** More than a limit allows (`Limits`): text, a Word document's decompressed XML, PDF pages. */
  | 'too-large'
  /** HTML nested deeper than `Limits.maxHtmlDepth`. */
  | 'too-deep';

/** The one error type vanban throws: `code` says why, `file` which input (when known). */
export class VanbanError extends Error {
  override readonly name = 'VanbanError';
  readonly code: VanbanErrorCode;
  readonly file: string | null;

  constructor(code: VanbanErrorCode, message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super(options.file ? `${options.file}: ${message}` : message, { cause: options.cause });
    this.code = code;
    this.file = options.file ?? null;
  }
}

export function isVanbanError(error: unknown): error is VanbanError {
  return error instanceof VanbanError;
}
