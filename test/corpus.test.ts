import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// The development corpus lives beside the repository (../shared), as it does in CI.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const hasCorpus = existsSync(join(CORPUS, 'silver.json'));

describe.runIf(hasCorpus)('documents of other issuers saved from a legal-document website', () => {
  const input = join(CORPUS, 'input');
  const files = hasCorpus ? readdirSync(input).filter((f) => f.endsWith('.md')) : [];

  it('meets the site metadata facts (silver.json) for at least 95%', () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-corpus-'));
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    spawnSync(process.execPath, [cli, 'normalize', ...files.map((f) => join(input, f)), '--out', out], { encoding: 'utf8' });
    const check = spawnSync(process.execPath, [join(CORPUS, '..', 'gold', 'check.mjs'), join(CORPUS, 'silver.json'), out], { encoding: 'utf8' });
    const [, passed, failed] = /facts: (\d+) passed, (\d+) failed/.exec(check.stdout) ?? [];
    expect(Number(passed) / (Number(passed) + Number(failed))).toBeGreaterThanOrEqual(0.95);
  });

  it.each(files)('%s: nothing of the page outside the document leaks into the signature', (f) => {
    const doc = parse(readFileSync(join(input, f)), { name: f });
    for (const role of doc.document.signature.otherRoles) expect(role).not.toMatch(/\d+\/.*-|Văn bản|FILE/u);
    expect(doc.document.signature.name).not.toBeNull();
    expect(doc.diagnostics.some((d) => d.code === 'outside-document')).toBe(true);
  });
});
