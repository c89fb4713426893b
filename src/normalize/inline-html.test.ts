import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { inlineHtml, stripInlineHtml } from './inline-html.js';
import { linesOf } from './test-lines.js';
import { textToTree } from '../sources/text.js';
import { cellText } from '../tree.js';
import { normalizeBlocks } from './index.js';

describe('inline HTML', () => {
  it('takes tags out and keeps the words (phu-luc)', () => {
    expect(stripInlineHtml('BHXH Việt Nam (<i>điểm b khoản 2 Điều 14 Quyết định số 1333/QĐ-BHXH ngày 25/9/2023</i>).')).toBe(
      'BHXH Việt Nam (điểm b khoản 2 Điều 14 Quyết định số 1333/QĐ-BHXH ngày 25/9/2023).',
    );
  });
  it('decodes entities', () => {
    expect(stripInlineHtml('Bộ Lao động &amp; Xã hội&nbsp;&#272;')).toBe('Bộ Lao động & Xã hội Đ');
  });
  it('decodes every HTML named entity, through the entities library', () => {
    expect(stripInlineHtml('&frac12; &hellip; &ndash; &Dstrok;&ecirc;')).toBe('½ … – Đê');
    expect(stripInlineHtml('&notanentity; stays')).toBe('&notanentity; stays');
  });
  it('keeps a reference to an invalid code point as written, and says so', () => {
    const file = new VFile({ value: 'Mã &#x110000; và &#xD800; và &#55296; hết' });
    const [line] = inlineHtml(linesOf('Mã &#x110000; và &#xD800; và &#55296; hết'), file);
    expect(line!.value).toBe('Mã &#x110000; và &#xD800; và &#55296; hết');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['invalid-character-reference', 'invalid-character-reference', 'invalid-character-reference']);
    expect(file.messages[0]!.reason).toContain('&#x110000;');
    expect(file.messages[0]!.line).toBe(1);
  });
  it('leaves comparisons that are not tags', () => {
    expect(stripInlineHtml('tỷ lệ < 5% và > 2%')).toBe('tỷ lệ < 5% và > 2%');
  });
  it('cleans table cells too (the passes run over each cell)', () => {
    const [table] = normalizeBlocks(textToTree('3.1\tKiểm soát <i>(do các đơn vị)</i>\tVăn phòng').children, new VFile(), [inlineHtml]);
    expect(table?.type === 'table' && table.children[0]!.children.map(cellText)).toEqual(['3.1', 'Kiểm soát (do các đơn vị)', 'Văn phòng']);
  });
});
