/**
 * What a source has to say about how it read the input, before the document's file of diagnostics
 * exists: how the bytes were decoded (a string: an `input-encoding` note), or a reader's own message
 * with its rule id and severity (a warning unless said). `parse` makes each a diagnostic on line 1.
 */
export type Note = string | { ruleId: string; message: string; severity?: 'warning' | 'info' };
