// Flattens vanban's clean text (the `text` field of its JSON) the way a legal-document site's crawler does,
// as seen in its one real sample (../shared/corpus/flat/cv-627-byt-bh-2021.txt), to make test documents of that form.
// usage: node scripts/flatten-crawler.mjs 0|A|B VANBAN_JSON... --out DIR
//   0: the text unchanged (a control); A: faithful to the sample; B, C, D: variants where the sample is silent
//   (B: date line with the next line, title and name apart; C: heading+subject+authority, "QUYẾT ĐỊNH: Điều 1.",
//   label with its title, title sentence before articles; D: authority with the first "Căn cứ", "Nơi nhận: - …").
// Writes DIR/<source name>.txt. A development tool: nothing in src/ or the tests runs it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
const args = process.argv.slice(2);
const variant = args.shift();
const outAt = args.indexOf('--out');
const outDir = args.splice(outAt, 2)[1];
mkdirSync(outDir, { recursive: true });

const DASHES = /^\s*[-_=]{3,}\s*$/;
const DATE = /^[\p{L} .]{2,40}, ngày/u;
const LABEL = /^(?:Điều \d+\.?|\d+(?:\.\d+)*\.|[IVXL]+\.|[a-zđ]\))$/u;
const UPPER = (s) => s === s.toUpperCase() && /\p{Lu}/u.test(s);
const fold = (s) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function sentenceCase(s) {
  return s.split(' ').map((w) => (/[\d/]/.test(w) ? w : w.toLowerCase())).join(' ').replace(/việt nam/g, 'Việt Nam');
}
function titleSentence(d) {
  const type = d.typeName ?? 'Văn bản';
  const year = d.date ? d.date.slice(0, 4) : null;
  let subj = d.subject ? d.subject.replace(/\s+/g, ' ').trim() : '';
  if (UPPER(subj)) subj = sentenceCase(subj);
  subj = subj.replace(/^(?:về việc|v\/v)\s*/iu, 'về ');
  if (!/^về /iu.test(subj) && d.kind === 'official-letter') subj = 'về ' + subj;
  subj = subj.charAt(0).toLowerCase() + subj.slice(1);
  const num = d.number ? ` ${d.number}` : '';
  const yr = year ? ` năm ${year}` : '';
  const iss = d.issuer ? ` do ${d.issuer} ban hành` : '';
  if (!d.number) return null;
  return `${type}${num}${yr} ${subj}${iss}. `;
}

function flatten(j) {
  const d = j.document;
  const L = j.text.split('\n').map((s) => s.replace(/\s+$/, ''));
  const out = [titleSentence(d)].filter(Boolean);
  let i = 0;
  // header: issuer cell (with its dash line), motto cell (with its dash line), number cell (Số + V/v), date cell
  if (variant === '0') return j.text;
  const dateAt = L.findIndex((s, k) => k < 14 && DATE.test(s));
  if (dateAt > 0) {
    const cells = { issuer: [], motto: [], number: [] };
    let cur = 'issuer';
    for (let k = 0; k < dateAt; k++) {
      const s = L[k].trim();
      if (/^(CỘNG HÒA|CỘNG HOÀ|Độc lập)/u.test(s)) cur = 'motto';
      else if (/^Số/u.test(s)) cur = 'number';
      else if (DASHES.test(s)) { cells[cur].push(s); continue; }
      else if (cur === 'motto' && cells.motto.some((m) => /Hạnh phúc/u.test(m))) cur = cells.number.length ? 'number' : 'issuer';
      cells[cur].push(s);
    }
    for (const c of ['issuer', 'motto', 'number']) if (cells[c].length) out.push(cells[c].join(' '));
    let line = L[dateAt];
    i = dateAt + 1;
    if (/^Kính gửi/u.test(L[i] ?? '') || variant === 'B') { line += ' ' + L[i]; i++; }
    out.push(line);
  }
  // a decision's type heading and subject: the subject's lines on one line (B: with the heading)
  if (d.kind !== 'official-letter' && d.subject && i < L.length && UPPER(L[i - (variant === 'B' ? 1 : 0)] ?? '')) {
    const want = fold(d.subject);
    let k = i + (variant === 'B' ? 0 : 1), acc = '';
    if (variant !== 'B') out.push(L[i]);
    const start = k;
    const core = (t) => fold(t).replace(/^(về việc|v\/v)\s*/u, '');
    const ok = (x) => x && (want.startsWith(fold(x)) || core(want).startsWith(core(x)));
    while (k < L.length && ok((acc + ' ' + L[k]).trim())) { acc = (acc + ' ' + L[k]).trim(); k++; }
    if (k > start) {
      if (variant === 'B') out[out.length - 1] += ' ' + acc; else out.push(acc);
      i = k;
    } else if (variant !== 'B') i++;
  }
  // body and closing
  const name = d.signature?.name;
  const nameAt = name ? L.findIndex((s, k) => k >= i && s.trim() === name) : -1;
  let sigFrom = -1, sigTo = -1;
  if (nameAt > 0) {
    sigFrom = nameAt;
    while (sigFrom - 1 >= i && UPPER(L[sigFrom - 1]) && !/^-|Lưu|Nơi nhận/u.test(L[sigFrom - 1])) sigFrom--;
    sigTo = nameAt;
    for (const r of d.signature.otherRoles ?? []) {
      let acc = '', k = sigTo + 1;
      while (k < L.length && fold(r).startsWith(fold(acc + ' ' + L[k]))) { acc += ' ' + L[k]; k++; }
      if (fold(acc) === fold(r)) sigTo = k - 1;
    }
  }
  const closingAt = L.findIndex((s, k) => k >= i && /^Nơi nhận/u.test(s));
  let afterAddressees = /Kính gửi/u.test(out[out.length - 1] ?? '');
  for (; i < L.length; i++) {
    let s = L[i];
    if (i === sigFrom) {
      if (variant === 'B') { out.push(L.slice(sigFrom, nameAt).join(' ')); out.push(L.slice(nameAt, sigTo + 1).join(' ')); }
      else out.push(L.slice(sigFrom, sigTo + 1).join(' '));
      i = sigTo;
      continue;
    }
    if (afterAddressees && !/^[-+•]/.test(s)) {
      afterAddressees = false;
      if (/^\(.*\)$/.test(s) && i + 1 < L.length) { s = s + ' ' + L[i + 1]; i++; }
    }
    if ((closingAt < 0 || i < closingAt) && LABEL.test(s.trim()) && i + 1 < L.length) { s = s.trim() + ' ' + L[i + 1]; i++; }
    out.push(s);
  }
  if (variant === 'C') return variantC(out, d).join('\n') + '\n';
  if (variant === 'D') return variantD(out, d).join('\n') + '\n';
  return out.join('\n') + '\n';
}

// C: more merges where the sample is silent: the decision's heading, subject and authority on one line;
// "QUYẾT ĐỊNH:" with "Điều 1."; an appendix label with its title; the title sentence repeated before each article
function variantC(lines, d) {
  const title = lines[0];
  const out = [];
  for (let k = 0; k < lines.length; k++) {
    let s = lines[k];
    if (k > 0 && k < 12 && d.kind !== 'official-letter' && UPPER(s) && /^(QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|THÔNG BÁO|CHỈ THỊ)$/u.test(s.trim())) {
      while (k + 1 < lines.length && UPPER(lines[k + 1]) && !/^(Căn cứ|QUYẾT ĐỊNH:)/u.test(lines[k + 1])) s += ' ' + lines[++k];
    } else if (/^(QUYẾT ĐỊNH|QUYẾT NGHỊ):$/u.test(s.trim()) && /^Điều 1\b/u.test(lines[k + 1] ?? '')) {
      s += ' ' + lines[++k];
    } else if (/^PHỤ LỤC\b/iu.test(s) && s.length < 20) {
      while (k + 1 < lines.length && UPPER(lines[k + 1]) && !/^\(/u.test(lines[k + 1])) s += ' ' + lines[++k];
    }
    if (/^Điều \d+\./u.test(s) && title && d.articles?.length) s = title + s;
    out.push(s);
  }
  return out;
}

for (const f of args) {
  const j = JSON.parse(readFileSync(f, 'utf8'));
  const name = basename(j.source?.name ?? f).replace(/\.[^.]+$/, '') + '.txt';
  writeFileSync(join(outDir, name), flatten(j));
}

// D: the authority line with the first "Căn cứ"; "Nơi nhận:" with its first item
function variantD(lines, d) {
  const out = [];
  for (let k = 0; k < lines.length; k++) {
    let s = lines[k];
    if (k < 14 && d.authority && fold(s) === fold(d.authority) && /^Căn cứ/u.test(lines[k + 1] ?? '')) s += ' ' + lines[++k];
    else if (/^Nơi nhận:?$/u.test(s.trim()) && /^-/u.test(lines[k + 1] ?? '')) s += ' ' + lines[++k];
    out.push(s);
  }
  return out;
}
