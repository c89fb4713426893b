import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAsync } from '../index.js';
import { keepingBuiltins } from './keep-builtins.js';

const PDF = new URL('../../fixtures/pdf/cv-09-bhxh-tdkt-2023.pdf', import.meta.url);
const TEXT = new URL('../../fixtures/cv-09-bhxh-tdkt-2023.txt', import.meta.url);

describe('keepingBuiltins', () => {
  it('leaves the process its own Array.prototype.push, JSON.parse and Function.prototype.toString after a PDF is read', async () => {
    const natives = [Array.prototype.push, JSON.parse, Function.prototype.toString];
    const doc = await parseAsync(readFileSync(PDF), { name: 'cv-09-bhxh-tdkt-2023.pdf' });
    expect(doc.document.number).toBe('09/BHXH-TĐKT');
    expect([Array.prototype.push, JSON.parse, Function.prototype.toString]).toEqual(natives);
    // what pdf.js's core-js added where Node has none stays: pdf.js may call it
    expect(typeof (Promise as unknown as { try?: unknown }).try).toBe('function');
    // and text parses as before
    expect(parse(readFileSync(TEXT), { name: 'cv-09.txt' }).document.number).toBe('09/BHXH-TĐKT');
  });

  it('puts back what the work replaced, and leaves what was replaced before it', async () => {
    const native = String.prototype.trim;
    const mine = function trim(this: string) {
      return native.call(this);
    };
    try {
      await keepingBuiltins(async () => {
        String.prototype.trim = mine;
      });
      expect(String.prototype.trim).toBe(native);
      String.prototype.trim = mine;
      await keepingBuiltins(async () => undefined);
      expect(String.prototype.trim).toBe(mine);
    } finally {
      String.prototype.trim = native;
    }
  });
});
