import { describe, expect, it } from 'vitest';
import { continuesNumbering, isNextSibling, mayContinueNumbering } from './stt-sequence.js';

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

describe('isNextSibling', () => {
  it('accepts the next item of the same level under the same heading', () => {
    expect(isNextSibling('1', '2')).toBe(true);
    expect(isNextSibling('1.2', '1.3')).toBe(true);
    expect(isNextSibling('09', '10')).toBe(true);
  });
  it('rejects a first child, the next item of an ancestor, a count begun again and other schemes', () => {
    expect(isNextSibling('1', '1.1')).toBe(false);
    expect(isNextSibling('1.2', '2')).toBe(false);
    expect(isNextSibling('4', '1')).toBe(false);
    expect(isNextSibling('III.1.2', '5')).toBe(false);
    expect(isNextSibling('A', 'B')).toBe(false);
  });
});

describe('mayContinueNumbering', () => {
  it('accepts the numbering going on, and going on past one item a document skipped', () => {
    expect(mayContinueNumbering('1.2', '1.3')).toBe(true);
    expect(mayContinueNumbering('1', '1.2')).toBe(true);
    expect(mayContinueNumbering('1.2', '1.4')).toBe(true);
  });
  it('rejects a number far off: a quantity in the row\'s next cell', () => {
    expect(mayContinueNumbering('1.2', '900')).toBe(false);
    expect(mayContinueNumbering('1.2', '1.800')).toBe(false);
    expect(mayContinueNumbering('1', '1.3')).toBe(false);
    expect(mayContinueNumbering('2', '5')).toBe(false);
  });
});
