import { describe, expect, it } from 'vitest';
import { fixtureNames, parsed } from './fixtures.js';

describe('citation mentions point into the clean text', () => {
  it.each(fixtureNames)('%s: text.slice(start, end) is each mention', (name) => {
    const doc = parsed(name);
    const mentions = doc.citations.flatMap((c) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
  it('legal bases point at citations that exist', () => {
    for (const name of fixtureNames) {
      const doc = parsed(name);
      const ids = new Set(doc.citations.map((c) => c.id));
      for (const basis of doc.document.legalBases) {
        expect(basis.citationIds.length, basis.text).toBeGreaterThan(0);
        for (const id of basis.citationIds) expect(ids.has(id)).toBe(true);
      }
    }
  });
  it('does not cite the document itself', () => {
    for (const name of fixtureNames) {
      const doc = parsed(name);
      if (doc.document.number) expect(doc.citations.map((c) => c.id)).not.toContain(doc.document.number);
    }
  });
});
