import type { Signature } from '../schema/decision.js';
import { foldSpaces, isUpperCaseText, trimEndOf } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { isPersonName } from './person-name.js';
import { foldedPrefix, signingPrefix, vocabulary } from './vocabulary.js';

export interface ClosingFacts {
  recipients: string[];
  archive: string[];
  copies: number | null;
  signature: Signature;
  unplaced: LineNode[];
}

const ITEM = /^[-+•–]\s*/u;
const COPIES = /\(\s{0,3}(\d{1,3})\s{0,3}(?:b(?:ản)?)?\s{0,3}\)/giu;
const clean = (text: string) => foldSpaces(text.replace(/[*_]/g, ' '));
const stripItem = (text: string) => trimEndOf(clean(text.replace(ITEM, '')), ';.,');

/** "Lưu: VT, TĐKT (2b)." → 2, the copies kept; null when not printed. */
export function readCopies(text: string): number | null {
  const m = text.matchAll(COPIES).next().value;
  return m ? Number(m[1]) : null;
}

/** "Lưu: VT, TĐKT (2b)." → ["VT", "TĐKT"] */
export function readArchive(text: string): string[] {
  const after = text.replace(ITEM, '').replace(/^[^:]*:\s*/u, '').replace(COPIES, ' ');
  return after
    .split(/[,;]/u)
    .map((s) => trimEndOf(s, '.').trim())
    .filter(Boolean);
}

function readSignature(lines: LineNode[], unplaced: LineNode[]): Signature {
  const signature: Signature = { authority: null, onBehalfOf: null, title: null, name: null, otherRoles: [] };
  let stage: 'titles' | 'roles' = 'titles';
  for (const line of lines) {
    const v = clean(line.value);
    if (foldedPrefix(v, vocabulary.signedMarks)) continue;
    if (stage === 'titles') {
      const prefix = signingPrefix(v);
      if (prefix) {
        if (signature.authority === null) {
          signature.authority = prefix.prefix;
          signature.onBehalfOf = v.slice(prefix.length).trim();
        } else {
          // stacked authorities: "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG": the last one signs
          signature.title = v.slice(prefix.length).trim();
        }
        continue;
      }
      if (isUpperCaseText(v) && !isPersonName(v)) {
        signature.title = signature.title && signature.authority === null ? `${signature.title} ${v}` : v;
        continue;
      }
      if (isPersonName(v)) {
        signature.name = v;
        stage = 'roles';
        continue;
      }
      unplaced.push(line);
      continue;
    }
    signature.otherRoles.push(v);
  }
  if (signature.title === null && signature.onBehalfOf !== null && signature.authority !== 'KT.') {
    // "TL. CỤC TRƯỞNG" alone: the signer signs under that title
    signature.title = signature.onBehalfOf;
  }
  return signature;
}

/** Reads the closing: "Nơi nhận:" items, the "Lưu:" codes, and the signature block (before or after them). */
export function readClosing(lines: LineNode[]): ClosingFacts {
  const unplaced: LineNode[] = [];
  const recipients: string[] = [];
  let archive: string[] = [];
  let copies: number | null = null;
  const signatureLines: LineNode[] = [];
  let inRecipients = false;
  for (const line of lines) {
    const v = clean(line.value);
    const start = foldedPrefix(v, vocabulary.recipientsStarts);
    if (start) {
      inRecipients = true;
      const first = v.slice(start.length).replace(/^[\s:]+/u, '');
      if (first) {
        if (foldedPrefix(first.replace(ITEM, ''), vocabulary.archiveStarts)) {
          archive = readArchive(first);
          copies = readCopies(first);
        }
        else recipients.push(stripItem(first));
      }
      continue;
    }
    if (inRecipients && foldedPrefix(v.replace(ITEM, ''), vocabulary.archiveStarts)) {
      archive = readArchive(v);
      copies = readCopies(v);
      inRecipients = false;
      continue;
    }
    if (inRecipients && ITEM.test(v)) {
      recipients.push(stripItem(v));
      continue;
    }
    inRecipients = false;
    signatureLines.push(line);
  }
  return { recipients, archive, copies, signature: readSignature(signatureLines, unplaced), unplaced };
}
