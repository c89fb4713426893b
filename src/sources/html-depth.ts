/**
 * How deep an HTML page nests its elements, read from its tags before any parser builds a tree
 * (parse5 takes time quadratic in the depth: a page nested 100,000 deep would hold a reader for
 * minutes). Linear: one pass over the `<`s. Elements that close themselves or whose end tag may be
 * left out (`<br>`, `<p>`, `<li>`, `<td>` …) do not count, and the text of `<script>`, `<style>`
 * and comments is skipped, so a real page is never taken for a deep one.
 */
const VOID_OR_OPTIONAL_END = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt', 'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

const isNameChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** The deepest nesting of elements in `html`, or a number past `stopAt` as soon as it goes past. */
export function htmlNestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    let j = i + (closing ? 2 : 1);
    const start = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    if (j === start) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(start, j).toLowerCase();
    const end = html.indexOf('>', j);
    if (end === -1) break;
    if (closing) {
      if (!VOID_OR_OPTIONAL_END.has(name)) depth = Math.max(0, depth - 1);
    } else if (!VOID_OR_OPTIONAL_END.has(name) && html.charCodeAt(end - 1) !== 47) {
      if (RAW_TEXT.has(name)) {
        let close = html.indexOf('</', end);
        while (close !== -1 && html.slice(close + 2, close + 2 + name.length).toLowerCase() !== name) close = html.indexOf('</', close + 2);
        i = close === -1 ? -1 : html.indexOf('<', close + 1);
        continue;
      }
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return deepest;
}
