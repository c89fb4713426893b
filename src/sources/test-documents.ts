/** Small real-shaped documents the source tests and the end-to-end tests of each grid source share. */

/** A Markdown page: the header block as a GFM table, a heading, an article, recipients, a task table with a footnote. */
export const MD = `| BẢO HIỂM XÃ HỘI<br>VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
| :---: | :---: |
| Số: 40/QĐ-BHXH | Hà Nội, ngày 18 tháng 01 năm 2023 |

## QUYẾT ĐỊNH

**Điều 1.**

Ban hành *kèm theo* Quyết định này.

Nơi nhận:

- Như điều 2;
+ Văn phòng Chính phủ;

1. Mục tiêu
2023.

| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Việc một[^1] | Ban Quản lý Thu \\| Sổ | Năm 2023 |
| 2 | Việc hai | VP |

[^1]: Ghi chú của việc một.
`;

/** pdf-to-text lines of a task table (fixtures/phu-luc-kiem-soat-tthc-2024.txt, lines 10–13). */
export const TAB_ROWS = [
  'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
  '1\tXây dựng văn bản chỉ đạo, điều hành\t\t\t\t',
  '1.1\tXây dựng Kế hoạch kiểm soát TTHC năm 2024\tVăn phòng\tTST, CSXH, CSYT, TCKT, PC, CNTT, TTTT\tQuý I/2024\tKế hoạch kiểm soát TTHC của BHXH Việt Nam năm 2024',
  '\t\tBHXH các tỉnh, thành phố\t\tQuý I/2024\tKế hoạch kiểm soát TTHC của BHXH tỉnh, tp năm 2024',
];
/** Those rows in their text: an appendix label before, a footnote after. */
export const TAB_TEXT = ['Phụ lục I', '', ...TAB_ROWS, '', '¹ Nhiệm vụ giao tại Quyết định số 206/QĐ-TTg ngày 28/02/2024'].join('\n');
