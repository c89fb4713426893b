import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const DOCS = new URL('../docs/', import.meta.url);

/** Every ```js block of the docs (and the README), with where it stands. */
function examples(): Array<[string, string]> {
  const files = [...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => new URL(f, DOCS)), new URL('../README.md', import.meta.url)];
  return files.flatMap((url) => {
    const md = readFileSync(url, 'utf8');
    const name = url.pathname.slice(ROOT.length);
    return [...md.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m, i) => [`${name} #${i + 1}`, m[1]!] as [string, string]);
  });
}

describe('code examples in the docs run against the built package', () => {
  it.each(examples())('%s', (_, code) => {
    const commonjs = /\brequire\(/.test(code) && !/^import /m.test(code);
    const res = spawnSync(process.execPath, [`--input-type=${commonjs ? 'commonjs' : 'module'}`, '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });
});
