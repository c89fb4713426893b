/**
 * The contract's closed lists hold: every diagnostic code the source gives is one of
 * DIAGNOSTIC_CODES, with a description, and the published types keep internals out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DiagnosticCode } from '../src/index.js';

const SRC = new URL('../src/', import.meta.url).pathname;
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-'));

describe('DIAGNOSTIC_CODES', () => {
  it('lists every code the source gives, each with a description', () => {
    const given = new Set<string>();
    for (const f of sources) {
      const text = readFileSync(join(SRC, f), 'utf8');
      // a rule id given to a vfile message, or a problem's code handed on as one
      for (const m of text.matchAll(/\b(?:ruleId|code): '([a-z][a-z0-9-]{1,40})'/gu)) given.add(m[1]!);
      for (const m of text.matchAll(/report\(file, [\w.!\[\]]+, '([a-z][a-z0-9-]{1,40})'/gu)) given.add(m[1]!);
    }
    expect(given.size).toBeGreaterThan(10);
    const listed = Object.keys(DIAGNOSTIC_CODES);
    expect([...given].filter((c) => !listed.includes(c) && !/^(?:empty-input|binary-input|legacy-encoding|read-failed|too-large|too-deep)$/u.test(c))).toEqual([]);
    for (const [code, about] of Object.entries(DIAGNOSTIC_CODES)) expect(about.length, code).toBeGreaterThan(20);
    expect(DiagnosticCode.options).toEqual(listed);
  });
});

describe('the published types', () => {
  it('keep the unit registry\'s lookup index out', () => {
    const dts = readFileSync(new URL('../dist/index.d.ts', import.meta.url), 'utf8');
    expect(dts).toContain('interface UnitRegistry');
    expect(dts).not.toMatch(/\bUnitIndex\b|readonly index:/u);
    expect(dts).toMatch(/@deprecated[^*]*VanbanDocument[\s\S]{0,200}Decision/u);
  });
});
