import { describe, expect, it } from 'vitest';
import { htmlNestingDepth } from './html-depth.js';

describe('htmlNestingDepth', () => {
  it('counts elements nested in one another', () => {
    expect(htmlNestingDepth('<html><body><div><div><span>a</span></div></div></body></html>')).toBe(3);
    expect(htmlNestingDepth(`${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}`)).toBe(1000);
  });
  it('does not count void elements, elements whose end tag may be left out, scripts and comments', () => {
    expect(htmlNestingDepth(`<div>${'<p>a<br><img src=x><li>b<td>c'.repeat(500)}</div>`)).toBe(1);
    expect(htmlNestingDepth('<div><script>if (a<b && c<d) x("<div><div>")</script><!-- <div><div> --><span/></div>')).toBe(1);
    expect(htmlNestingDepth('<DIV><Span>a</SPAN></div>')).toBe(2);
  });
  it('stops as soon as the depth is past the limit', () => {
    expect(htmlNestingDepth('<div>'.repeat(100_000), 10)).toBe(11);
  });
});
