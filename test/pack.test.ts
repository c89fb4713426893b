import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from './temp-dirs.js';

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'fixtures', 'qd-2422-qd-bhxh-2020.txt');
let project = '';

describe('the packed tarball, installed into an empty project', () => {
  const temp = tempDirs('vanban-pack-');
  beforeAll(() => {
    const packDir = temp();
    execFileSync('npm', ['pack', '--pack-destination', packDir, '--silent'], { cwd: ROOT, stdio: 'pipe' });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    project = temp();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--silent'], { cwd: project, stdio: 'pipe' });
  }, 180_000);

  const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

  it('ships only what users need', () => {
    const files = readdirSync(join(project, 'node_modules', 'vanban')).sort();
    expect(files).toEqual(expect.arrayContaining(['dist', 'package.json', 'schema', 'README.md']));
    expect(files).not.toContain('src');
    expect(files).not.toContain('fixtures');
  });

  it('imports as an ES module', () => {
    const res = node(['--input-type=module', '-e', `import { parse } from 'vanban'; import { readFileSync } from 'node:fs'; console.log(parse(readFileSync(${JSON.stringify(FIXTURE)})).document.number);`]);
    expect(res.stderr).toBe('');
    expect(res.stdout.trim()).toBe('2422/QĐ-BHXH');
  });

  it('requires as CommonJS', () => {
    const res = node(['--input-type=commonjs', '-e', `const { parse } = require('vanban'); console.log(parse(require('node:fs').readFileSync(${JSON.stringify(FIXTURE)})).document.date);`]);
    expect(res.stderr).toBe('');
    expect(res.stdout.trim()).toBe('2020-12-25');
  });

  it('ships the JSON Schema', () => {
    const res = node(['--input-type=module', '-e', `import s from 'vanban/schema/vanban.schema.json' with { type: 'json' }; console.log(Object.keys(s.$defs).includes('Decision'));`]);
    expect(res.stdout.trim()).toBe('true');
  });

  it('runs the vanban bin on a fixture', () => {
    const res = spawnSync(join(project, 'node_modules', '.bin', 'vanban'), ['normalize', FIXTURE, '--out', join(project, 'out')], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(project, 'out', 'qd-2422-qd-bhxh-2020.json'), 'utf8'));
    expect(doc.appendices[0].rows).toHaveLength(10);
  });
});
