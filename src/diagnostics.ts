import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import type { Diagnostic, DiagnosticCode } from './schema/decision.js';

/** vfile messages as the contract's diagnostics: severity, rule id, message, line and column. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((m) => ({
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    // every rule id vanban gives is a DiagnosticCode (test/diagnostic-codes.test.ts holds it so)
    code: (m.ruleId ?? 'stage-failed') as DiagnosticCode,
    message: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
  }));
}

/**
 * Adds a diagnostic to the file: a warning, or an info note. A vfile message is an Error, and
 * taking its stack (where in vanban it was made, which no reader of the JSON sees) costs four times
 * the rest of the message; documents with many notes spent a twentieth of their time there. So the
 * stack is not taken.
 */
export function diagnose(file: VFile, severity: 'warning' | 'info', ruleId: string, reason: string, place: Point | Position): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    if (severity === 'info') file.info(reason, { place, ruleId, source: 'vanban' });
    else file.message(reason, { place, ruleId, source: 'vanban' });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
