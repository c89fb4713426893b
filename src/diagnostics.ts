import type { VFile } from 'vfile';
import type { Diagnostic } from './schema/decision.js';

/** vfile messages as the contract's diagnostics: severity, rule id, message, line and column. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((m) => ({
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    code: m.ruleId ?? 'vanban',
    message: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
  }));
}
