import type { Article, Chapter, ChapterSection, Section } from '../schema/decision.js';
import { ARTICLE, BULLET, CHAPTER_HEADING, LONE_STT, LETTERED_POINT, NUMBERED_ITEM, ROMAN_SECTION } from '../text/markers.js';
import { foldSpaces, isUpperCaseText, trimEndOf } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { closingParagraphStart } from './closing-paragraph.js';

export interface BodyFacts {
  articles: Article[];
  /** The chapters ("Chương I") the articles are grouped in. */
  chapters: Chapter[];
  sections: Section[];
  /** Text before the first article or section. */
  intro: string[];
  /** A letter's closing paragraph after its sections ("… thông báo để … biết, thực hiện./."). */
  outro: string[];
}

/** The level of lettered points ("a)"); bullets are below it. */
const POINT_LEVEL = 6;

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
  if (m) return { level: POINT_LEVEL, label: m[1]!, rest: after(m) };
  m = BULLET.exec(text);
  if (m) return { level: m[1] === '+' ? 8 : 7, label: m[1] === '+' ? '+' : '-', rest: after(m) };
  return null;
}

/** The words after a marker are a title when short and not a finished sentence. */
function splitTitle(rest: string): { title: string | null; text: string } {
  const r = rest.trim();
  if (r === '') return { title: null, text: '' };
  // a title ends no sentence, and a running one goes on in no next line ("1. Chủ tịch Ủy ban nhân dân các
  // tỉnh: Đắk Lắk," is text); a capitals title may wrap after a comma ("I. MỤC ĐÍCH," / "YÊU CẦU")
  if (r.length <= 160 && !/[.;!?]$/u.test(r) && (!r.endsWith(',') || isUpperCaseText(r))) return { title: r.replace(/:$/u, ''), text: '' };
  return { title: null, text: r };
}

const appendText = (a: string, b: string) => (a ? `${a}\n${b}` : b);

/** How far a quotation is looked for its closing mark: a quoted provision, not the rest of a document. */
const QUOTE_SPAN = 60;
const QUOTE_MARKS = /[“”]/gu;
/** The last quotation mark of a line: "open" (“), "close" (”), or null for none. */
function lastQuoteMark(text: string): 'open' | 'close' | null {
  const marks = text.match(QUOTE_MARKS);
  if (!marks) return null;
  return marks[marks.length - 1] === '“' ? 'open' : 'close';
}

/**
 * The lines inside a quotation that a line opens and a later one closes (“Điều 26. Đơn giá thuê đất
 * / 1. Trường hợp … / a) … / …đồng/m2).”): a letter or an amending decision quoting a provision
 * prints its clauses and points, which are none of its own outline. An excerpt opened again before
 * the last one closed (its closing mark left out) goes on to the next close; a quotation not closed
 * within a few dozen lines is none.
 */
function quotedLines(lines: LineNode[]): boolean[] {
  const marks = lines.map((l) => lastQuoteMark(l.value));
  const quoted = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (marks[i] !== 'open') continue;
    let j = i + 1;
    while (j < lines.length && j - i <= QUOTE_SPAN && marks[j] !== 'close') j++;
    if (j >= lines.length || marks[j] !== 'close') continue;
    for (let k = i + 1; k <= j; k++) quoted[k] = true;
    i = j;
  }
  return quoted;
}

/** The outline of marked blocks: I. › 1. › 1.1. › a) › - › +, with the text under each. */
export function readSections(lines: LineNode[]): { sections: Section[]; intro: string[] } {
  const roots: Section[] = [];
  const stack: Array<{ level: number; node: Section }> = [];
  const intro: string[] = [];
  // points and bullets read with a title, and their line's words as printed
  const points: Array<{ node: Section; first: string }> = [];
  // numbered items read with a title, with the list they are items of
  const items: Array<{ node: Section; first: string; siblings: Section[] }> = [];
  // a marked line's text that ends with "," goes on in the next line the page wrapped it to ("… Đắk Lắk," / "Khánh Hòa, …")
  let goesOn = false;
  const quoted = quotedLines(lines);
  for (const [i, line] of lines.entries()) {
    const v = foldSpaces(line.value);
    const m = quoted[i] ? null : marker(v);
    const top = stack[stack.length - 1];
    if (!m && goesOn && top && !LONE_STT.test(v)) {
      top.node.text = `${top.node.text} ${v}`;
      goesOn = v.endsWith(',');
      // the line made whole is read as the marker's line would have been ("2. Bộ trưởng các Bộ, …," / "Chủ tịch …, thành phố")
      if (!goesOn && !top.node.text.includes('\n')) Object.assign(top.node, splitTitle(top.node.text));
      continue;
    }
    goesOn = false;
    if (!m) {
      if (!top) intro.push(v);
      // a capitals line under a capitals title with no text yet goes on the title ("II. NỘI DUNG CHỦ YẾU" / "PHONG TRÀO …")
      else if (top.node.title && !top.node.text && !top.node.children.length && isUpperCaseText(top.node.title) && isUpperCaseText(v)) {
        top.node.title = `${top.node.title} ${v}`;
      } else top.node.text = appendText(top.node.text, v);
      continue;
    }
    const { title, text } = splitTitle(m.rest);
    const node: Section = { label: m.label, title, text, children: [] };
    goesOn = text.endsWith(',');
    // (a line in bold or italics is a heading, and one that ends with ":" names what follows: "- Thành phần, cấu tạo:")
    const sentenceLike = title !== null && !wholeLineMarked(line, v) && !m.rest.endsWith(':');
    if (sentenceLike && m.level >= POINT_LEVEL) points.push({ node, first: m.rest });
    while (stack.length && stack[stack.length - 1]!.level >= m.level) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.node.children : roots;
    if (sentenceLike && m.level > 1 && m.level < POINT_LEVEL) items.push({ node, first: m.rest, siblings });
    siblings.push(node);
    stack.push({ level: m.level, node });
  }
  // a point or bullet is a sentence, a heading only of the items under it: one with text and no items
  // began its sentence on its first line ("a) Khẩn trương rà soát, chuẩn hóa kết quả giải quyết" / "TTHC chưa …")
  for (const { node, first } of points) {
    if (node.text && node.children.length === 0) {
      node.text = `${node.title === first ? first : node.title} ${node.text}`;
      node.title = null;
    }
  }
  // the items of one list are alike: a numbered item read with a title, text and no items of its own,
  // among items that are sentences, is a sentence the page wrapped before a capital ("6. Về việc lồng
  // ghép các kiến nghị của tỉnh Điện" / "Biên vào các Chương trình …: Giao …")
  // (items alike this one, read with a title over text and no items, are no sentences yet)
  const unsure = new Set(items.filter(({ node }) => node.title !== null && node.text !== '' && node.children.length === 0).map(({ node }) => node));
  for (const { node, first, siblings } of items) {
    if (!unsure.has(node)) continue;
    // (an item over items of its own is a heading whatever its siblings are: only the leaves are alike)
    const sentences = siblings.filter((s) => s.title === null && s.text !== '' && s.children.length === 0).length;
    const others = siblings.filter((s) => s !== node && s.title !== null && s.children.length === 0).length;
    // the sentences are most of the list's leaves: more than the other items alike this one
    if (sentences > others) {
      node.text = `${node.title === first ? first : node.title} ${node.text}`;
      node.title = null;
    }
  }
  // a heading over items whose title the page wrapped ("5. Đẩy mạnh cải cách hành chính gắn với xây dựng" /
  // "Chính phủ điện tử; …; nâng cao năng lực cạnh tranh quốc gia" / "a) …"): one line under its title that
  // ends no sentence, before its items, is the rest of the title
  for (const { node } of items) {
    if (node.title !== null && node.children.length > 0 && node.text !== '' && !node.text.includes('\n') && !/[.;:!?]$/u.test(node.text)) {
      node.title = `${node.title} ${node.text}`;
      node.text = '';
    }
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

/** A bold title is the heading's whole bold text, however long, unless it is a paragraph printed bold. */
const MAX_BOLD_TITLE = 250;
const HEADING_MARKS = /^[\s.:]{0,4}/u;
/** What a heading's title ends with that is no part of it: "Điều 2. … hủy hoại.", "… như sau:". */
const titleOf = (text: string) => trimEndOf(text, '.:');
const SENTENCE_END = /[.;:!?]$/u;

/**
 * The title and text of an article opened by `marker` ("Điều 4") on line `v`. Where the source
 * marked the bold the line begins with, the heading is "Điều N. Title" in bold (Nghị định
 * 30/2020/NĐ-CP): the title is what the bold holds after the number, however long or wrapped, and
 * none when the bold closes right after "Điều N." (`**Điều 4. **Chánh Văn phòng…`). Otherwise the
 * words after the number are the title when they read as one (splitTitle).
 */
function articleHeading(v: string, marker: string, lead: string | undefined): { title: string | null; text: string } {
  const bold = lead ? foldSpaces(lead) : '';
  if (bold.length >= marker.length && v.startsWith(bold)) {
    const title = titleOf(bold.slice(marker.length).replace(HEADING_MARKS, ''));
    const text = v.slice(bold.length).replace(HEADING_MARKS, '').trim();
    if (title === '') return { title: null, text };
    if (title.length <= MAX_BOLD_TITLE) return { title, text };
  }
  return splitTitle(v.slice(marker.length).replace(HEADING_MARKS, ''));
}

/** True when the whole line is bold or italic: a heading line of its own ("Điều 1." / "Phạm vi điều chỉnh", each bold; "*- Thủy sản*"). */
function wholeLineMarked(line: LineNode, v: string): boolean {
  const lead = line.data?.emphasisLead;
  return lead !== undefined && foldSpaces(lead) === v;
}

/** What stands between a chapter's label and its title on one line: "Chương I. …", "Chương I: …", "Chương I - …". */
const CHAPTER_TITLE_MARKS = /^[\s.:\-–]{0,4}/u;
/** The most lines a chapter's or section's title wraps to. */
const MAX_HEADING_TITLE_LINES = 3;

interface ChapterHeading {
  kind: 'chapter' | 'section';
  label: string;
  title: string | null;
  /** The lines it takes: the heading line and its title's. */
  length: number;
}

/**
 * A chapter or section heading at `lines[at]` ("Chương II" / "HOẠT ĐỘNG TRUY XUẤT …", "Mục 1. …"):
 * its label, then its title on the same line or on the lines up to the article (or section) it
 * opens. Only a heading followed by its first article is one: "Mục 2 của Chương này …" in a
 * clause is text.
 */
function chapterHeading(lines: string[], at: number, last: number | null): ChapterHeading | null {
  const m = CHAPTER_HEADING.exec(lines[at]!);
  if (!m) return null;
  const kind = m[1]!.toLowerCase() === 'chương' ? 'chapter' : 'section';
  const sameLine = lines[at]!.slice(m[0].length).replace(CHAPTER_TITLE_MARKS, '').trim();
  const titleLines = sameLine ? [sameLine] : [];
  let next = at + 1;
  for (; next < lines.length && next <= at + MAX_HEADING_TITLE_LINES; next++) {
    const v = lines[next]!;
    const article = ARTICLE.exec(v);
    if ((article && opensArticle(Number(article[1]), v.slice(article[0].length), last)) || (kind === 'chapter' && CHAPTER_HEADING.exec(v)?.[1]!.toLowerCase() === 'mục')) {
      const title = titleLines.join(' ');
      if (title.length > MAX_BOLD_TITLE || marker(title) !== null) return null;
      return { kind, label: m[2]!, title: title ? trimEndOf(title, '.:') : null, length: next - at };
    }
    // a title of its own lines is no sentence (capitals for a chapter in Nghị định 30/2020/NĐ-CP's forms, running case in older texts)
    if (sameLine || marker(v) !== null || SENTENCE_END.test(v) || (v.endsWith(',') && !isUpperCaseText(v))) return null;
    titleLines.push(v);
  }
  return null;
}

/** Articles "Điều N." with their text up to the next article, and the chapters they are grouped in. */
export function readArticles(lines: LineNode[]): { articles: Article[]; chapters: Chapter[]; rest: LineNode[] } {
  const articles: Article[] = [];
  const chapters: Chapter[] = [];
  let section: ChapterSection | null = null;
  const rest: LineNode[] = [];
  const values = lines.map((l) => foldSpaces(l.value));
  // an article whose heading line held only "Điều N." in bold: a bold line next is its title
  let awaitingTitle = false;
  // the sentence begun on the heading line after "Điều N." runs on until it ends ("Giao" / "Sở Giáo dục … chủ trì, …")
  let openSentence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const v = values[i]!;
    const lastNumber = articles.length ? articles[articles.length - 1]!.number : null;
    const heading = chapterHeading(values, i, lastNumber);
    if (heading) {
      if (heading.kind === 'chapter') {
        chapters.push({ label: heading.label, title: heading.title, articles: [], sections: [] });
        section = null;
      } else if (chapters.length) {
        section = { label: heading.label, title: heading.title, articles: [] };
        chapters[chapters.length - 1]!.sections.push(section);
      }
      // a section outside any chapter is grouped by nothing: its heading is left as text
      if (heading.kind === 'chapter' || section) {
        i += heading.length - 1;
        awaitingTitle = false;
        openSentence = false;
        continue;
      }
    }
    const m = ARTICLE.exec(v);
    if (m && opensArticle(Number(m[1]), v.slice(m[0].length), lastNumber)) {
      const { title, text } = articleHeading(v, m[0], line.data?.emphasisLead);
      articles.push({ number: Number(m[1]), title, text });
      chapters[chapters.length - 1]?.articles.push(Number(m[1]));
      section?.articles.push(Number(m[1]));
      awaitingTitle = title === null && text === '' && wholeLineMarked(line, v);
      openSentence = text !== '' && !SENTENCE_END.test(text);
      continue;
    }
    const current = articles[articles.length - 1];
    if (current && awaitingTitle && wholeLineMarked(line, v) && v.length <= MAX_BOLD_TITLE) current.title = titleOf(v);
    else if (current && openSentence && !LONE_STT.test(v) && marker(v) === null) {
      current.text = `${current.text} ${v}`;
      openSentence = !SENTENCE_END.test(v);
      awaitingTitle = false;
      continue;
    } else if (current) current.text = appendText(current.text, v);
    else rest.push(line);
    awaitingTitle = false;
    openSentence = false;
  }
  return { articles, chapters, rest };
}

/**
 * Reads a body: articles when it has them, otherwise its sections. `issuerNames`: the issuing body's
 * names, whose closing paragraph after a letter's outline is its `outro`, not the last item's text.
 */
export function readBody(lines: LineNode[], issuerNames: readonly string[] = []): BodyFacts {
  const { articles, chapters, rest } = readArticles(lines);
  if (articles.length) {
    const { sections, intro } = readSections(rest);
    return { articles, chapters, sections, intro, outro: [] };
  }
  const closing = closingParagraphStart(lines, issuerNames);
  if (closing > 0) {
    const { sections, intro } = readSections(lines.slice(0, closing));
    // a closing paragraph after an outline; a letter with none keeps its paragraphs in its intro
    if (sections.length) return { articles, chapters: [], sections, intro, outro: lines.slice(closing).map((l) => foldSpaces(l.value)) };
  }
  const { sections, intro } = readSections(lines);
  return { articles, chapters: [], sections, intro, outro: [] };
}
