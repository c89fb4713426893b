import { describe, expect, it } from 'vitest';
import { superscriptDigits } from './superscript.js';

describe('superscriptDigits', () => {
  it('writes each digit raised', () => {
    expect(superscriptDigits('1')).toBe('¹');
    expect(superscriptDigits('207')).toBe('²⁰⁷');
  });
});
