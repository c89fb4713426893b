import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { siteChrome } from './site-chrome.js';
import { linesOf, values } from './test-lines.js';

describe('siteChrome', () => {
  it('removes download links and says so with their place', () => {
    const file = new VFile();
    const lines = siteChrome(linesOf('Trung tâm Truyền thông', 'Tải Văn bản tiếng Việt', 'Tải Văn bản gốc'), file);
    expect(values(lines)).toEqual(['Trung tâm Truyền thông']);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['site-chrome', 2],
      ['site-chrome', 3],
    ]);
  });
  it('keeps a line that only mentions a download', () => {
    expect(values(siteChrome(linesOf('Tải Văn bản gốc tại cổng thông tin'), new VFile()))).toEqual(['Tải Văn bản gốc tại cổng thông tin']);
  });
});
