import { foldSpaces, trimEndOf } from '../text/fold.js';
import type { LineNode } from '../tree.js';
import { foldedPrefix, vocabulary } from './vocabulary.js';

export interface PreambleFacts {
  /** Each "Căn cứ …" basis as printed, white space folded. */
  legalBases: Array<{ text: string; line: LineNode }>;
  /** Who proposed the decision: "Vụ trưởng Vụ Kế hoạch và Đầu tư". */
  proposedBy: string | null;
  unplaced: LineNode[];
}

/** Reads the preamble: legal bases ("Căn cứ …") and the proposer ("Theo đề nghị của …"). */
export function readPreamble(lines: LineNode[]): PreambleFacts {
  const facts: PreambleFacts = { legalBases: [], proposedBy: null, unplaced: [] };
  let current: 'basis' | 'proposer' | null = null;
  for (const line of lines) {
    const v = foldSpaces(line.value);
    if (vocabulary.decisionLead.includes(v.toLocaleLowerCase('vi'))) {
      current = null;
      continue;
    }
    const proposer = foldedPrefix(v, vocabulary.proposedByStarts);
    if (proposer) {
      facts.proposedBy = v.slice(proposer.length).trim();
      current = 'proposer';
    } else if (foldedPrefix(v, vocabulary.preambleStarts)) {
      facts.legalBases.push({ text: v, line });
      current = 'basis';
    } else if (current === 'basis') {
      const last = facts.legalBases[facts.legalBases.length - 1]!;
      last.text = `${last.text} ${v}`;
    } else if (current === 'proposer') {
      facts.proposedBy = `${facts.proposedBy ?? ''} ${v}`.trim();
    } else {
      facts.unplaced.push(line);
    }
  }
  if (facts.proposedBy) facts.proposedBy = trimEndOf(facts.proposedBy, '.;,');
  return facts;
}
