import { describe, expect, it } from 'vitest';
import { continuesNumbering } from './stt-sequence.js';

describe('continuesNumbering', () => {
  it('accepts the next item, a first child and the next item of an ancestor', () => {
    expect(continuesNumbering('1', '2')).toBe(true);
    expect(continuesNumbering('1', '1.1')).toBe(true);
    expect(continuesNumbering('1.2', '1.3')).toBe(true);
    expect(continuesNumbering('1.2', '2')).toBe(true);
    expect(continuesNumbering('9', '10')).toBe(true);
    expect(continuesNumbering('01', '02')).toBe(true);
  });
  it('accepts a count that starts again under a new heading', () => {
    expect(continuesNumbering('7', '1')).toBe(true);
  });
  it('rejects numbers of a statistics column', () => {
    expect(continuesNumbering('1', '50')).toBe(false);
    expect(continuesNumbering('1', '02')).toBe(false);
    expect(continuesNumbering('2', '25')).toBe(false);
    expect(continuesNumbering('1.2', '1.4')).toBe(false);
  });
});
