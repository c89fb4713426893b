/**
 * How much one document may ask for: past a limit, the document is a typed error (`too-large`,
 * `too-deep`) and a batch goes on with the next, instead of one file taking the memory or the time
 * of all. The defaults are far above what real documents need.
 */
export interface Limits {
  /** Characters of text, after decoding (a text file, or the text a PDF or Word document gives). */
  maxTextChars: number;
  /** Bytes the XML parts of a Word document declare once decompressed (its zip says so before anything is inflated). */
  maxDocxXmlBytes: number;
  /** Elements nested in one another in an HTML page. */
  maxHtmlDepth: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxTextChars: 64 * 1024 * 1024,
  maxDocxXmlBytes: 32 * 1024 * 1024,
  maxHtmlDepth: 2_000,
  maxPdfPages: 2_000,
});

export function limitsOf(given: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...given };
}
