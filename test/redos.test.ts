import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CITATION_PATTERNS } from '../src/extract/citations.js';
import { NUMBER_PATTERNS } from '../src/extract/document-number.js';

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every regular expression literal in src/, found by the TypeScript parser. */
function regexLiterals(): Array<{ where: string; source: string; flags: string }> {
  const found: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({ where: `${file.slice(SRC.length)}:${line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** How long recheck may take over one pattern (the test's own timeout is above it). */
const CHECK_TIMEOUT_MS = 45_000;

const built = Object.entries({ ...CITATION_PATTERNS, ...NUMBER_PATTERNS }).map(([name, re]) => ({ where: `built: ${name}`, source: re.source, flags: re.flags }));
const all = [...regexLiterals(), ...built];

describe('regular expressions in src/ are not vulnerable to ReDoS (recheck)', () => {
  it('finds the regular expressions', () => {
    expect(all.length).toBeGreaterThan(50);
  });
  // a pattern with a look-ahead is beyond the automaton checker and is fuzzed, for as long as the
  // timeout allows: the alternation of the 44 type names took 17 s on two cores under a load of 7
  it.each(all.map((r) => [r.where, r] as const))('%s', (_, r) => {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: CHECK_TIMEOUT_MS });
    expect(result.status, `${r.where} /${r.source}/${r.flags}: ${JSON.stringify(result).slice(0, 300)}`).toBe('safe');
  });
});
