import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Decision } from '../src/index.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url);
export const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

const cache = new Map<string, Decision>();
/** The parsed fixture (parsed once per test file). */
export function parsed(name: string): Decision {
  let doc = cache.get(name);
  if (!doc) {
    doc = parse(readFileSync(new URL(name, FIXTURES)), { name });
    cache.set(name, doc);
  }
  return doc;
}

export const rowsWith = (doc: Decision, stt: string) => doc.appendices[0]?.rows.filter((r) => r.stt === stt) ?? [];
export const ids = (units: Array<{ id: string | null; name: string }>) => units.map((u) => u.id ?? u.name);
