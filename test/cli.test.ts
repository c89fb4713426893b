import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decision } from '../src/index.js';
import { FIXTURES, fixtureNames } from './fixtures.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'vanban-'));

describe('vanban normalize', () => {
  it('writes one valid JSON per fixture, a line each and a summary, and exits 0', () => {
    const out = temp();
    const res = run('normalize', FIXTURES.pathname, '--out', out);
    expect(res.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(fixtureNames.map((f) => f.replace(/\.txt$/, '.json')));
    for (const f of readdirSync(out)) Decision.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    expect(res.stderr).toContain('✓');
    expect(res.stderr).toMatch(/5 written, 0 failed; \d+ rows, \d+ citations/);
  });

  it('names each file it could not read, writes the others, and exits 1', () => {
    const dir = temp();
    const out = temp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    copyFileSync(new URL('qd-2422-qd-bhxh-2020.txt', FIXTURES), join(dir, 'good.txt'));
    const res = run('normalize', `${dir}/*.txt`, '--out', out);
    expect(res.status).toBe(1);
    expect(readdirSync(out)).toEqual(['good.json']);
    expect(res.stderr).toMatch(/✗ .*empty\.txt: empty-input/);
    expect(res.stderr).toMatch(/✗ .*binary\.txt: binary-input/);
    expect(res.stderr).toContain('1 written, 2 failed');
  });

  it('reports an input that names nothing', () => {
    const res = run('normalize', '/nonexistent/file.txt', '--out', temp());
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('no such file');
  });

  it('exits 2 on bad usage', () => {
    expect(run('normalize', 'x.txt').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });
});

describe('vanban schema', () => {
  it('prints the JSON Schema', () => {
    const res = run('schema');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).$defs.Decision).toBeDefined();
  });
});
