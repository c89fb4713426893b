import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { crawlerTitle } from './crawler-title.js';
import { linesOf, values } from './test-lines.js';

const TITLE = 'Quyết định 40/QĐ-BHXH năm 2023 về Quy chế thi đua, khen thưởng do Bảo hiểm xã hội Việt Nam ban hành.';

describe('crawlerTitle', () => {
  it('takes the repeated title sentence out before each article, and reports it', () => {
    const file = new VFile();
    const lines = crawlerTitle(
      linesOf(TITLE, 'BẢO HIỂM XÃ HỘI VIỆT NAM --------', 'QUYẾT ĐỊNH:', `${TITLE} Điều 1. Ban hành kèm theo Quyết định này`, TITLE, 'Điều 2. Quyết định này có hiệu lực'),
      file,
    );
    expect(values(lines)).toEqual([TITLE, 'BẢO HIỂM XÃ HỘI VIỆT NAM --------', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này', 'Điều 2. Quyết định này có hiệu lực']);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['repeated-title', 4],
      ['repeated-title', 5],
    ]);
    expect(lines[3]!.removed).toEqual([TITLE]);
  });
  it('leaves a document without a title sentence alone, even when a line repeats', () => {
    const raw = ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Số: 40/QĐ-BHXH', '- Như trên;', '- Như trên;'];
    expect(values(crawlerTitle(linesOf(...raw), new VFile()))).toEqual(raw);
  });
  it('needs a type name from the registry, a number and its year', () => {
    const raw = ['Hướng dẫn viên 12/3 năm 2021 về du lịch', 'Hướng dẫn viên 12/3 năm 2021 về du lịch'];
    expect(values(crawlerTitle(linesOf(...raw), new VFile()))).toEqual(raw);
  });
});
