import { diagnose } from '../diagnostics.js';
import type { VFile } from 'vfile';
import chrome from '../registry/site-chrome.json';
import { foldKey } from '../text/fold.js';
import type { LineNode } from '../tree.js';

const CHROME = new Set(chrome.lines.map(foldKey));

/** Pass: site chrome lines (`Tải Văn bản gốc`) out, each reported as an info message with its place. */
export function siteChrome(lines: LineNode[], file: VFile): LineNode[] {
  return lines.filter((line) => {
    if (!CHROME.has(foldKey(line.value))) return true;
    diagnose(file, 'info', 'site-chrome', `site chrome removed: "${line.value}"`, line.position);
    return false;
  });
}
