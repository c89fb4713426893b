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

/**
 * A real decision grown past a small heap: the header of qd-40 and `articles` articles, each a
 * sentence with a citation (1.6 MB for 10,000, which needs more than 96 MB of heap to read).
 */
export function oversizedDecision(articles: number): string {
  const lines = readFileSync(new URL('qd-40-qd-bhxh-2023.txt', FIXTURES), 'utf8').split('\n');
  const head = lines.slice(0, lines.findIndex((l) => /^Điều 1\b/u.test(l)));
  const body = Array.from(
    { length: articles },
    (_, k) => `Điều ${k + 1}. Giao Giám đốc Bảo hiểm xã hội tỉnh thực hiện nhiệm vụ theo Quyết định số ${k + 1}/QĐ-BHXH ngày 12/5/2023 và báo cáo kết quả trước ngày 30/6/2024.`,
  );
  return `${[...head, ...body].join('\n')}\n`;
}
