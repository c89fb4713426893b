import type { Article, Section } from '../schema/decision.js';
import { ARTICLE, BULLET, LETTERED_POINT, NUMBERED_ITEM, ROMAN_SECTION } from '../text/markers.js';
import { foldSpaces, isUpperCaseText } from '../text/fold.js';
import type { LineNode } from '../tree.js';

export interface BodyFacts {
  articles: Article[];
  sections: Section[];
  /** Text before the first article or section. */
  intro: string[];
}

interface Marked {
  level: number;
  label: string;
  rest: string;
}

function marker(text: string): Marked | null {
  const after = (m: RegExpExecArray) => text.slice(m[0].length).trim();
  let m = ROMAN_SECTION.exec(text);
  if (m) return { level: 1, label: m[1]!, rest: after(m) };
  m = NUMBERED_ITEM.exec(text);
  if (m) return { level: 2 + (m[1]!.split('.').length - 1), label: m[1]!, rest: after(m) };
  m = LETTERED_POINT.exec(text);
  if (m) return { level: 6, label: m[1]!, rest: after(m) };
  m = BULLET.exec(text);
  if (m) return { level: m[1] === '+' ? 8 : 7, label: m[1] === '+' ? '+' : '-', rest: after(m) };
  return null;
}

/** The words after a marker are a title when short and not a finished sentence. */
function splitTitle(rest: string): { title: string | null; text: string } {
  const r = rest.trim();
  if (r === '') return { title: null, text: '' };
  if (r.length <= 160 && !/[.;!?]$/u.test(r)) return { title: r.replace(/:$/u, ''), text: '' };
  return { title: null, text: r };
}

const appendText = (a: string, b: string) => (a ? `${a}\n${b}` : b);

/** The outline of marked blocks: I. › 1. › 1.1. › a) › - › +, with the text under each. */
export function readSections(lines: LineNode[]): { sections: Section[]; intro: string[] } {
  const roots: Section[] = [];
  const stack: Array<{ level: number; node: Section }> = [];
  const intro: string[] = [];
  for (const line of lines) {
    const v = foldSpaces(line.value);
    const m = marker(v);
    if (!m) {
      const top = stack[stack.length - 1];
      if (!top) intro.push(v);
      // a capitals line under a capitals title with no text yet goes on the title ("II. NỘI DUNG CHỦ YẾU" / "PHONG TRÀO …")
      else if (top.node.title && !top.node.text && !top.node.children.length && isUpperCaseText(top.node.title) && isUpperCaseText(v)) {
        top.node.title = `${top.node.title} ${v}`;
      } else top.node.text = appendText(top.node.text, v);
      continue;
    }
    const { title, text } = splitTitle(m.rest);
    const node: Section = { label: m.label, title, text, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= m.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ level: m.level, node });
  }
  return { sections: roots, intro };
}

const ARTICLE_GAP = 3;

/**
 * True when "Điều N…" opens the next article rather than a line that begins with a reference (a
 * sentence wrapped before "Điều 22 Luật BHYT:"): articles are numbered from 1 in order, so the first
 * is Điều 1 (or any number printed as a heading, "Điều 5."), the next a little above the last.
 */
function opensArticle(number: number, after: string, last: number | null): boolean {
  if (last === null) return number === 1 || /^\s{0,3}[.:]/u.test(after);
  return number > last && number <= last + ARTICLE_GAP;
}

/** Articles "Điều N." with their text up to the next article. */
export function readArticles(lines: LineNode[]): { articles: Article[]; rest: LineNode[] } {
  const articles: Article[] = [];
  const rest: LineNode[] = [];
  for (const line of lines) {
    const v = foldSpaces(line.value);
    const m = ARTICLE.exec(v);
    if (m && opensArticle(Number(m[1]), v.slice(m[0].length), articles.length ? articles[articles.length - 1]!.number : null)) {
      const { title, text } = splitTitle(v.slice(m[0].length).replace(/^[\s.:]{0,4}/u, ''));
      articles.push({ number: Number(m[1]), title: title && title.length <= 100 ? title : null, text: title && title.length > 100 ? title : text });
      continue;
    }
    const current = articles[articles.length - 1];
    if (current) current.text = appendText(current.text, v);
    else rest.push(line);
  }
  return { articles, rest };
}

/** Reads a body: articles when it has them, otherwise its sections. */
export function readBody(lines: LineNode[]): BodyFacts {
  const { articles, rest } = readArticles(lines);
  if (articles.length) {
    const { sections, intro } = readSections(rest);
    return { articles, sections, intro };
  }
  const { sections, intro } = readSections(lines);
  return { articles, sections, intro };
}
