/**
 * The task tables of documents as flat records, one per row of every appendix: the shape the CSV
 * and XLSX exports write. Multi-valued cells (units, groups) are joined with `; ` and ` › `; the
 * n-th id in `leadIds`/`partnerIds` belongs to the n-th name, empty when that unit is not in the registry.
 */
import type { Decision, Unit } from '../schema/decision.js';

export const TASK_COLUMNS = [
  'source',
  'number',
  'date',
  'appendix',
  'stt',
  'path',
  'group',
  'task',
  'lead',
  'leadIds',
  'partners',
  'partnerIds',
  'periodStart',
  'periodEnd',
  'timeText',
  'product',
] as const;

export type TaskColumn = (typeof TASK_COLUMNS)[number];
export type TaskRecord = Record<TaskColumn, string>;

/** Vietnamese headings of the columns, for a sheet a person reads. */
export const TASK_COLUMN_LABELS: Record<TaskColumn, string> = {
  source: 'Tệp nguồn',
  number: 'Số văn bản',
  date: 'Ngày ban hành',
  appendix: 'Phụ lục',
  stt: 'STT',
  path: 'Đường dẫn',
  group: 'Nhóm',
  task: 'Nội dung công việc',
  lead: 'Đơn vị chủ trì',
  leadIds: 'Mã đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  partnerIds: 'Mã đơn vị phối hợp',
  periodStart: 'Từ ngày',
  periodEnd: 'Đến ngày',
  timeText: 'Thời gian (như in)',
  product: 'Sản phẩm',
};

const names = (units: Unit[]) => units.map((u) => u.name).join('; ');
const ids = (units: Unit[]) => units.map((u) => u.id ?? '').join('; ');

/** One record per row of every appendix of the document, in document order. */
export function taskRecords(doc: Decision): TaskRecord[] {
  const out: TaskRecord[] = [];
  for (const appendix of doc.appendices) {
    for (const row of appendix.rows) {
      out.push({
        source: doc.source.name ?? '',
        number: doc.document.number ?? '',
        date: doc.document.date ?? '',
        appendix: appendix.label,
        stt: [row.stt, row.label].filter(Boolean).join(' '),
        path: row.path.join(' › '),
        group: row.groups.map((g) => `${g.stt}. ${g.title}`).join(' › '),
        task: row.task,
        lead: names(row.lead),
        leadIds: ids(row.lead),
        partners: names(row.partners),
        partnerIds: ids(row.partners),
        periodStart: row.timeframe?.start ?? '',
        periodEnd: row.timeframe?.end ?? '',
        timeText: row.timeText ?? '',
        product: row.product ?? '',
      });
    }
  }
  return out;
}
