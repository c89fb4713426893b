import type { VFile } from 'vfile';
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
