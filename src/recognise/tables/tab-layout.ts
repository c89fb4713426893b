import { foldKey } from '../../text/fold.js';
import type { LineNode } from '../../tree.js';
import { readHeaderRow } from './columns.js';
import { isSttCell } from './stt-sequence.js';
import { FOOTNOTE_LINE, type RawRow, type RawTable, sttLevel, takeNoteMarks, tidyCell } from './raw-row.js';

const LETTERED = /^([a-zđ])\)\s*/u;

/** The index of the first tab-separated header row, or -1. */
export function findTabHeader(lines: LineNode[]): number {
  return lines.findIndex((l) => l.cells && readHeaderRow(l.cells) !== null);
}

/**
 * Reads a pdf-to-text table: tab-separated cells, the header repeated on every page, a row
 * continued on the next page, several assignments under one STT (empty STT cell), lettered
 * sub-items `a)`, and footnotes whose text stands at the foot of the page.
 */
export function readTabTable(lines: LineNode[], headerAt: number): RawTable {
  const headerCells = lines[headerAt]!.cells!;
  const roles = readHeaderRow(headerCells)!;
  const headerKey = foldKey(headerCells.join('\t'));
  const table: RawTable = { columns: headerCells.map(tidyCell), roles, items: [], footnotes: new Map(), problems: [], unplaced: [] };
  const roleAt = (role: string) => roles.indexOf(role as never);
  const sttCol = roleAt('stt');
  const leadCol = roleAt('lead');
  const taskCol = roleAt('task');

  let afterPageBreak = false;
  let currentStt: string | null = null;
  let lastRow: RawRow | null = null;
  let lastNote: string | null = null;

  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.cells) {
      const note = FOOTNOTE_LINE.exec(line.value);
      if (note) {
        lastNote = note[1]!;
        table.footnotes.set(lastNote, tidyCell(note[2]!.trim()));
      } else if (lastNote !== null) {
        table.footnotes.set(lastNote, `${table.footnotes.get(lastNote)} ${tidyCell(line.value)}`);
      } else {
        table.unplaced.push(line);
      }
      continue;
    }
    lastNote = null;
    if (foldKey(line.cells.join('\t')) === headerKey) {
      afterPageBreak = true;
      continue;
    }
    const marks: string[] = [];
    const cells = headerCells.map((_, c) => takeNoteMarks(line.cells![c] ?? '', marks));
    if (line.cells.length > headerCells.length && line.cells.slice(headerCells.length).some((c) => c.trim())) {
      table.problems.push({ code: 'extra-cells', message: `row has ${line.cells.length} cells, the header ${headerCells.length}: the extra cells were joined to the last column`, line });
      cells[cells.length - 1] = tidyCell(`${cells[cells.length - 1]} ${line.cells.slice(headerCells.length).join(' ')}`);
    }
    const stt = sttCol >= 0 ? (cells[sttCol] ?? '').replace(/[.)]$/u, '') : '';
    const others = cells.filter((_, c) => c !== sttCol && c !== taskCol);

    if (stt && !isSttCell(cells[sttCol] ?? '')) {
      table.problems.push({ code: 'odd-stt', message: `STT cell "${stt}" is not a number or letter`, line });
    }
    if (!stt && afterPageBreak && lastRow && leadCol >= 0 && !cells[leadCol]) {
      // the row goes on from the previous page: its cells continue mid-sentence
      cells.forEach((text, c) => {
        const role = roles[c];
        if (!text) return;
        if (role) lastRow!.cells[role] = tidyCell(`${lastRow!.cells[role] ?? ''} ${text}`);
        else lastRow!.extra[table.columns[c]!] = tidyCell(`${lastRow!.extra[table.columns[c]!] ?? ''} ${text}`);
      });
      lastRow.noteMarks.push(...marks);
      afterPageBreak = false;
      continue;
    }
    afterPageBreak = false;

    if (stt && others.every((c) => c === '')) {
      table.items.push({ group: { stt, title: cells[taskCol] ?? '', noteMarks: marks, level: sttLevel(stt), line } });
      currentStt = stt;
      lastRow = null;
      continue;
    }

    const row: RawRow = { stt: stt || currentStt, label: null, cells: {}, extra: {}, noteMarks: marks, line };
    cells.forEach((text, c) => {
      const role = roles[c];
      if (role === 'stt') return;
      if (role) row.cells[role] = text;
      else if (text) row.extra[table.columns[c]!] = text;
    });
    const task = row.cells.task ?? '';
    const lettered = LETTERED.exec(task);
    if (lettered) {
      row.label = `${lettered[1]})`;
      row.cells.task = task.slice(lettered[0].length);
    }
    if (!stt && !row.cells.task && lastRow && lastRow.stt === row.stt) {
      // an empty task cell under the same item: the task cell spans both rows
      row.cells.task = lastRow.cells.task ?? '';
    }
    if (stt) currentStt = stt;
    table.items.push({ row });
    lastRow = row;
  }
  return table;
}
