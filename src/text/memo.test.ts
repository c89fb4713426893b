import { describe, expect, it } from 'vitest';
import { memoOfString, startDocument } from './memo.js';

describe('memoOfString', () => {
  it('computes each text once and gives the same answer again', () => {
    const calls: string[] = [];
    const upper = memoOfString((text: string) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect(upper('quyết định')).toBe('QUYẾT ĐỊNH');
    expect(upper('quyết định')).toBe('QUYẾT ĐỊNH');
    expect(upper('số')).toBe('SỐ');
    expect(calls).toEqual(['quyết định', 'số']);
  });
  it('remembers answers that are undefined or false', () => {
    let calls = 0;
    const none = memoOfString((text: string) => {
      calls++;
      return text.length > 3 ? undefined : false;
    });
    none('dài hơn');
    none('dài hơn');
    none('ngắn');
    none('ab');
    none('ab');
    expect(calls).toBe(3);
  });
  it('starts again empty at its limit, so it never holds more than that', () => {
    let calls = 0;
    const id = memoOfString((text: string) => {
      calls++;
      return text;
    }, 2);
    id('a');
    id('b');
    id('c'); // full: starts again with c only
    id('a');
    id('c'); // still known
    expect(calls).toBe(4);
    id('b'); // forgotten when it started again
    expect(calls).toBe(5);
  });
  it('forgets everything when a new document starts', () => {
    let calls = 0;
    const id = memoOfString((text: string) => {
      calls++;
      return text;
    });
    id('Căn cứ');
    id('Căn cứ');
    expect(calls).toBe(1);
    startDocument();
    id('Căn cứ');
    expect(calls).toBe(2);
  });
});
