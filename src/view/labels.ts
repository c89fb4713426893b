/** Vietnamese words of the view. */
import type { Diagnostic, TimeframeKind } from '../schema/decision.js';

export const TIMEFRAME_KIND: Record<TimeframeKind, string> = {
  year: 'năm',
  quarter: 'quý',
  month: 'tháng',
  date: 'ngày',
  range: 'khoảng thời gian',
  ongoing: 'thường xuyên',
  'open-ended': 'từ mốc trở đi',
  deadline: 'hạn chót',
  conditional: 'theo điều kiện',
  multiple: 'nhiều mốc',
};

export const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };

/** "2023-01-18" → "18/01/2023". */
export const dmy = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');
