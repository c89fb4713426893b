import { describe, expect, it } from 'vitest';
import { linesOf } from '../normalize/test-lines.js';
import { markdownEmphasis } from '../normalize/markdown-emphasis.js';
import { readArticles, readSections } from './body.js';

describe('readArticles', () => {
  it('reads articles numbered in order', () => {
    const { articles } = readArticles(linesOf('Điều 1. Ban hành kèm theo Quyết định này Quy chế', 'Điều 2. Quyết định có hiệu lực', 'Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành'));
    expect(articles.map((a) => a.number)).toEqual([1, 2, 3]);
  });

  it('reads an article number whole: "Điều 1000" is no "Điều 100" with a 0 after it', () => {
    const numbered = Array.from({ length: 1002 }, (_, k) => `Điều ${k + 1}. Nội dung của điều ${k + 1}.`);
    const { articles } = readArticles(linesOf(...numbered));
    expect(articles).toHaveLength(1002);
    expect(articles.slice(-3).map((a) => [a.number, a.text])).toEqual([
      [1000, 'Nội dung của điều 1000.'],
      [1001, 'Nội dung của điều 1001.'],
      [1002, 'Nội dung của điều 1002.'],
    ]);
    // a cited article at a line's start is text of the article it is in, whatever its digits
    const cited = readArticles(linesOf('Điều 1. Sửa đổi Điều 10 như sau:', 'Điều 1000 của Bộ luật được hiểu là', 'Điều 2. Hiệu lực thi hành')).articles;
    expect(cited.map((a) => a.number)).toEqual([1, 2]);
  });
  it('keeps a wrapped sentence that begins with a reference in the text (cv-627/BYT-BH: "… khoản 6" / "Điều 22 Luật BHYT:")', () => {
    const { articles, rest } = readArticles(linesOf('3. Mức hưởng … theo quy định tại điểm c khoản 3, khoản 4 và khoản 6', 'Điều 22 Luật BHYT:', 'a) Đối với Người tham gia BHYT'));
    expect(articles).toEqual([]);
    expect(rest.map((l) => l.value)).toContain('Điều 22 Luật BHYT:');
  });
  it('keeps a reference to a far article inside the current one', () => {
    const { articles } = readArticles(linesOf('Điều 1. Sửa đổi, bổ sung một số điều như sau', 'Điều 27 Nghị định số 146/2018/NĐ-CP được sửa đổi', 'Điều 2. Hiệu lực thi hành'));
    expect(articles.map((a) => a.number)).toEqual([1, 2]);
    expect(articles[0]!.text).toContain('Điều 27 Nghị định số 146/2018/NĐ-CP');
  });
  it('reads a first article that is printed as a heading with another number', () => {
    expect(readArticles(linesOf('Điều 5. Trách nhiệm thi hành', 'Điều 6. Hiệu lực')).articles.map((a) => a.number)).toEqual([5, 6]);
  });
});

describe('chapters: "Chương I" / title, and the sections of a chapter', () => {
  it('groups the articles in their chapters and keeps the headings out of the text (Thông tư 11/2026/TT-BCT, vbpl)', () => {
    const { articles, chapters, rest } = readArticles(
      linesOf(
        'Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về truy xuất nguồn gốc thực phẩm thuộc phạm vi quản lý của Bộ Công Thương.',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        'Thông tư này quy định về hoạt động truy xuất nguồn gốc thực phẩm.',
        'Điều 4. Nguyên tắc áp dụng',
        '3. … được áp dụng theo lộ trình quy định tại Điều 15 Thông tư này.',
        'Chương II',
        'HOẠT ĐỘNG TRUY XUẤT NGUỒN GỐC THỰC PHẨM',
        'Điều 5. Thông tin truy xuất nguồn gốc thực phẩm',
        '1. Cơ sở sản xuất, kinh doanh thực phẩm phải thiết lập, lưu trữ đầy đủ các thông tin liên quan.',
      ),
    );
    expect(chapters).toEqual([
      { label: 'I', title: 'QUY ĐỊNH CHUNG', articles: [1, 4], sections: [] },
      { label: 'II', title: 'HOẠT ĐỘNG TRUY XUẤT NGUỒN GỐC THỰC PHẨM', articles: [5], sections: [] },
    ]);
    expect(articles[1]!.text).toBe('3. … được áp dụng theo lộ trình quy định tại Điều 15 Thông tư này.');
    expect(rest.map((l) => l.value)).toEqual(['Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về truy xuất nguồn gốc thực phẩm thuộc phạm vi quản lý của Bộ Công Thương.']);
  });
  it('reads a title on the heading line, a wrapped title, and the sections of a chapter', () => {
    const { chapters } = readArticles(
      linesOf('Chương I. QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'Chương II', 'TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC,', 'CÁ NHÂN', 'Mục 1', 'Trách nhiệm của các bộ', 'Điều 2. Bộ Y tế', 'Mục 2. Trách nhiệm của địa phương', 'Điều 3. Ủy ban nhân dân cấp tỉnh'),
    );
    expect(chapters).toEqual([
      { label: 'I', title: 'QUY ĐỊNH CHUNG', articles: [1], sections: [] },
      {
        label: 'II',
        title: 'TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC, CÁ NHÂN',
        articles: [2, 3],
        sections: [
          { label: '1', title: 'Trách nhiệm của các bộ', articles: [2] },
          { label: '2', title: 'Trách nhiệm của địa phương', articles: [3] },
        ],
      },
    ]);
  });
  it('reads a chapter printed in capitals, its title after a dash', () => {
    const { chapters } = readArticles(linesOf('CHƯƠNG I - QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'CHƯƠNG 2', 'TỔ CHỨC THỰC HIỆN', 'Điều 2. Hiệu lực'));
    expect(chapters.map((c) => [c.label, c.title, c.articles])).toEqual([
      ['I', 'QUY ĐỊNH CHUNG', [1]],
      ['2', 'TỔ CHỨC THỰC HIỆN', [2]],
    ]);
  });
  it('reads a chapter title printed in running case', () => {
    const { chapters } = readArticles(linesOf('Chương I', 'Quy định chung', 'Điều 1. Phạm vi điều chỉnh', 'Chương II', 'Tổ chức thực hiện', 'Điều 2. Hiệu lực'));
    expect(chapters.map((c) => c.title)).toEqual(['Quy định chung', 'Tổ chức thực hiện']);
  });
  it('leaves a line that begins with a reference to a chapter in the text', () => {
    const { articles, chapters } = readArticles(linesOf('Điều 1. Phạm vi', 'Chương II của Nghị định này quy định', 'về thẩm quyền.', 'Điều 2. Hiệu lực'));
    expect(chapters).toEqual([]);
    expect(articles[0]!.text).toBe('Chương II của Nghị định này quy định\nvề thẩm quyền.');
  });
});

/** Lines of a saved page as the body reader gets them: the Markdown emphasis pass first (it marks where a line's bold ends). */
const pageLines = (...raw: string[]) => markdownEmphasis(linesOf(...raw));

describe('article headings: "Điều N. Title" in bold (Nghị định 30/2020/NĐ-CP)', () => {
  it('has no title when the bold closes right after "Điều N." (919fbc8391baa810 "**Điều 4. **Chánh Văn phòng")', () => {
    const { articles } = readArticles(
      pageLines(
        '**Điều 3. **Quyết định này',
        'có hiệu lực kể từ ngày ký.',
        '**Điều 4. **Chánh Văn phòng',
        'UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch UBND cấp xã và các',
        'tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ),
    );
    expect(articles.map((a) => a.title)).toEqual([null, null]);
    // the sentence begun after the bold runs on over the wrapped line that begins with a capital
    expect(articles[1]!.text).toBe(
      'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch UBND cấp xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    );
  });
  it('has no title when the bold holds "Điều N." only (c93728206e91346c "**Điều 4.** Trưởng Ban Chỉ đạo")', () => {
    const { articles } = readArticles(pageLines('**Điều 1.** Ban hành kèm theo Quyết', 'định này Danh mục các công trình.', '**Điều 4.** Trưởng Ban Chỉ đạo', 'Nhà nước các chương trình, công trình, dự án quan trọng quốc gia chịu', 'trách nhiệm thi hành quyết định này./.'));
    expect(articles.map((a) => [a.number, a.title])).toEqual([[1, null], [4, null]]);
    expect(articles[1]!.text.startsWith('Trưởng Ban Chỉ đạo Nhà nước các chương trình')).toBe(true);
  });
  it('keeps a one-word text after the bold as text ("**Điều 2. **Giao" / "Sở Giáo dục … chủ trì", e8652ce55bfaba04)', () => {
    const { articles } = readArticles(pageLines('**Điều 1. **Phê', 'duyệt kèm theo Quyết định này 05 quy trình nội bộ.', '**Điều 2. **Giao', 'Sở Giáo dục và Đào tạo chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh.'));
    expect(articles[1]).toEqual({ number: 2, title: null, text: 'Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh.' });
  });
  it('takes the whole bold as the title, wrapped and over 100 characters (51e961df2382e070 Điều 2)', () => {
    const { articles } = readArticles(
      pageLines(
        '**Điều 1.',
        'Phạm vi điều chỉnh và đối tượng áp dụng**',
        '1. Phạm vi điều chỉnh',
        '**Điều 2.',
        'Quy định danh mục và nguồn kinh phí trang cấp đồ dùng cá nhân và học phẩm cho học',
        'sinh trường phổ thông dân tộc nội trú**',
        '1. Danh mục, số lượng đồ',
      ),
    );
    expect(articles.map((a) => a.title)).toEqual([
      'Phạm vi điều chỉnh và đối tượng áp dụng',
      'Quy định danh mục và nguồn kinh phí trang cấp đồ dùng cá nhân và học phẩm cho học sinh trường phổ thông dân tộc nội trú',
    ]);
    expect(articles[1]!.text).toBe('1. Danh mục, số lượng đồ');
  });
  it('drops the full stop a bold title ends with (cf3a66c2c23062db Điều 2)', () => {
    const { articles } = readArticles(
      pageLines('**Điều 2. Phân cấp thẩm quyền quyết', 'định thanh lý tài sản kết cấu hạ tầng thủy lợi, thẩm quyền quyết định xử lý tài', 'sản kết cấu hạ tầng thủy lợi trong trường hợp bị mất, hủy hoại.**', '1. Ủy ban nhân dân thành phố phân cấp thẩm quyền'),
    );
    expect(articles[0]!.title).toBe('Phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ tầng thủy lợi, thẩm quyền quyết định xử lý tài sản kết cấu hạ tầng thủy lợi trong trường hợp bị mất, hủy hoại');
  });
  it('takes a bold line after a bold "Điều N." alone as its title', () => {
    const { articles } = readArticles(pageLines('**Điều 1.**', '**Phạm vi điều chỉnh và đối tượng áp dụng**', 'Quyết định này quy định danh mục tài sản cố định đặc thù.'));
    expect(articles[0]).toEqual({ number: 1, title: 'Phạm vi điều chỉnh và đối tượng áp dụng', text: 'Quyết định này quy định danh mục tài sản cố định đặc thù.' });
  });
  it('reads a heading paragraph over 100 characters without bold marks as the title (vbpl-doc-000300 Điều 7)', () => {
    const { articles } = readArticles(
      linesOf(
        'Điều 7. Bổ sung cụm từ vào mũ khoản 1, khoản 2, khoản 3, khoản 4 và bổ sung điểm d vào sau điểm c khoản 5 Điều 23 như sau:',
        '1. Bổ sung cụm từ “chủ tàu cá và thuyền trưởng tàu cá khi thực hiện” vào trước cụm từ “khai thác thủy sản”.',
      ),
    );
    expect(articles[0]!.title).toBe('Bổ sung cụm từ vào mũ khoản 1, khoản 2, khoản 3, khoản 4 và bổ sung điểm d vào sau điểm c khoản 5 Điều 23 như sau');
  });
  it('keeps the lines of an article that are paragraphs of their own apart ("1. Phạm vi điều chỉnh" / "Quyết định này …")', () => {
    const { articles } = readArticles(pageLines('**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**', '1. Phạm vi điều chỉnh', 'Quyết định này quy định danh mục tài sản cố định đặc thù.'));
    expect(articles[0]!.text).toBe('1. Phạm vi điều chỉnh\nQuyết định này quy định danh mục tài sản cố định đặc thù.');
  });
});

describe('readSections: a marked line that ends with "," goes on in the next line', () => {
  it('reads "1. Chủ tịch … các tỉnh: Đắk Lắk," / "Khánh Hòa, …" as one sentence, no title (Công điện 232/CĐ-TTg)', () => {
    const { sections } = readSections(
      linesOf('1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,', 'Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát.', '(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.'),
    );
    expect(sections[0]).toMatchObject({
      label: '1',
      title: null,
      text: 'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát.\n(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.',
    });
  });
  it('reads the line made whole as a title when it is one (Công điện 220/CĐ-TTg II.1)', () => {
    const { sections } = readSections(linesOf('1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', 'a) Khẩn trương rà soát.'));
    expect(sections[0]!.title).toBe('Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố');
    expect(sections[0]!.children.map((c) => c.label)).toEqual(['a']);
  });
  it('keeps a capitals title wrapped after its comma a title (qd-1177-qd-bhxh-2023 "I. MỤC ĐÍCH," / "YÊU CẦU")', () => {
    const { sections } = readSections(linesOf('I. MỤC ĐÍCH,', 'YÊU CẦU', '1. Mục đích'));
    expect(sections[0]).toMatchObject({ label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', text: '' });
  });
});

describe('readSections: a point or bullet is a sentence, a heading only of the items under it', () => {
  it('reads a point whose first line wrapped before a capital as one sentence (Công điện 220/CĐ-TTg II.2.a)', () => {
    const { sections } = readSections(
      linesOf('a) Khẩn trương rà soát, chuẩn hóa kết quả giải quyết', 'TTHC chưa được chuẩn hóa; gắn mã số kết quả giải quyết đã chuẩn hóa với thành phần hồ sơ của các TTHC.', 'b) Hoàn thành việc rà soát.'),
    );
    expect(sections.map((s) => [s.label, s.title, s.text])).toEqual([
      ['a', null, 'Khẩn trương rà soát, chuẩn hóa kết quả giải quyết TTHC chưa được chuẩn hóa; gắn mã số kết quả giải quyết đã chuẩn hóa với thành phần hồ sơ của các TTHC.'],
      ['b', null, 'Hoàn thành việc rà soát.'],
    ]);
  });
  it('keeps the title of a point that heads items (Nghị quyết 105/NQ-CP "b) Bộ Nội vụ")', () => {
    const { sections } = readSections(linesOf('b) Bộ Nội vụ', '- Chủ trì, phối hợp với các bộ, cơ quan liên quan rà soát.'));
    expect(sections[0]).toMatchObject({ label: 'b', title: 'Bộ Nội vụ', text: '' });
    expect(sections[0]!.children.map((c) => c.label)).toEqual(['-']);
  });
  it('keeps the title of a bullet printed in italics as a heading of its own (192068354fd1ffe5 "*- Thủy sản*")', () => {
    const { sections } = readSections(pageLines('*- Thủy sản*', 'Đảm bảo trên 70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học.'));
    expect(sections[0]).toMatchObject({ label: '-', title: 'Thủy sản', text: 'Đảm bảo trên 70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học.' });
  });
  it('keeps the title of a bullet that ends with a colon (6f4ccdb7459d17a5 "- Thành phần, cấu tạo, công thức hóa học:")', () => {
    const { sections } = readSections(linesOf('- Thành phần, cấu tạo, công thức hóa học:', 'Thành phần vật lý: Giấy bìa cứng cao cấp.'));
    expect(sections[0]).toMatchObject({ title: 'Thành phần, cấu tạo, công thức hóa học', text: 'Thành phần vật lý: Giấy bìa cứng cao cấp.' });
  });
});

describe('readSections: the items of one list are alike', () => {
  it('reads an item wrapped before a capital, among items that are sentences, as a sentence (296e373d796986f4, Thông báo 648/TB-VPCP, II.5–7)', () => {
    // the page's lines after the wrapped-line passes: items 1–5 were joined, 6 and 7 wrap before "Biên"
    const { sections } = readSections(
      linesOf(
        'II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH',
        '1. Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu.',
        '2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô.',
        '3. Về bố trí các nguồn lực đầu tư cho ngành Giáo dục và Đào tạo tỉnh Điện Biên: Tỉnh chủ động rà soát.',
        '4. Về việc điều chỉnh Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ: Giao Bộ Giáo dục và Đào tạo tiếp thu.',
        '5. Về đề nghị sửa đổi, bổ sung Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ: Giao Bộ Nội vụ nghiên cứu, tổng hợp kiến nghị của tỉnh.',
        '6. Về việc lồng ghép các kiến nghị của tỉnh Điện',
        'Biên vào các các Chương trình mục tiêu quốc gia và các đề án có liên quan: Giao',
        'Bộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu các kiến nghị của tỉnh Điện Biên',
        '7. Về dự án xây dựng đường cao tốc Sơn La - Điện',
        'Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa',
      ),
    );
    const items = sections[0]!.children.slice(4);
    expect(items.map((s) => [s.label, s.title])).toEqual([
      ['5', null],
      ['6', null],
      ['7', null],
    ]);
    expect(items[1]!.text.startsWith('Về việc lồng ghép các kiến nghị của tỉnh Điện Biên vào các các Chương trình')).toBe(true);
    expect(items[2]!.text.startsWith('Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang;')).toBe(true);
  });

  it('keeps the titles of items naming whom they address, among as few sentences (344b9eec106a648a, Công điện 220/CĐ-TTg, I.1–3)', () => {
    const { sections } = readSections(
      linesOf(
        'I. VỀ HOÀN THIỆN THỂ CHẾ',
        '1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ',
        'Tập trung chỉ đạo quyết liệt hoàn thành sửa đổi, bổ sung 485 văn bản quy phạm pháp luật.',
        '2. Bộ trưởng Bộ Tư pháp',
        'Khẩn trương rà soát, sửa đổi các quy định không phù hợp.',
        '3. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát, bổ sung phương án cắt giảm điều kiện kinh doanh.',
      ),
    );
    expect(sections[0]!.children.map((s) => s.title)).toEqual(['Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ', 'Bộ trưởng Bộ Tư pháp', null]);
  });

  it('counts only the leaves: headings over items of their own do not make a wrapped sentence a title (qd-40-qd-bhxh-2023, II.1–8)', () => {
    // the seed's lines after the wrapped-line passes: 1 wraps before "Chính trị", 2 before "BHXH"; 3 and 5 are headings over a), b)
    const { sections } = readSections(
      linesOf(
        'II. Nhiệm vụ và giải pháp',
        '1. Bám sát Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; các Nghị quyết chuyên đề, các Kết luận của Trung ương, Bộ',
        'Chính trị và các Nghị quyết của Quốc hội, Chính phủ.',
        '2. Tập trung tăng nhanh diện bao phủ người tham gia',
        'BHXH, BHYT, BHTN, tăng cường công tác thu BHXH, BHYT, BHTN.',
        '3. Quản lý và sử dụng có hiệu quả các nguồn tài lực được giao',
        'a) Siết chặt kỷ cương, kỷ luật trong quản lý tài chính.',
        'b) Tổ chức chi trả đầy đủ, kịp thời, đúng chế độ cho người hưởng.',
        '5. Đẩy mạnh cải cách hành chính gắn với xây dựng Chính phủ điện tử',
        'a) Đẩy mạnh cải cách hành chính.',
        'b) Rà soát sửa đổi, bổ sung danh mục vị trí việc làm.',
        '6. Tăng cường công tác thanh tra, kiểm tra việc thực hiện chính sách, pháp luật.',
        '7. Nâng cao hiệu quả hoạt động đối ngoại và hội nhập quốc tế.',
        '8. Đổi mới nội dung, hình thức, phương pháp truyền thông.',
      ),
    );
    const items = sections[0]!.children;
    expect(items.map((s) => s.title)).toEqual([null, null, 'Quản lý và sử dụng có hiệu quả các nguồn tài lực được giao', 'Đẩy mạnh cải cách hành chính gắn với xây dựng Chính phủ điện tử', null, null, null]);
    expect(items[0]!.text).toBe('Bám sát Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; các Nghị quyết chuyên đề, các Kết luận của Trung ương, Bộ Chính trị và các Nghị quyết của Quốc hội, Chính phủ.');
    expect(items[1]!.text.startsWith('Tập trung tăng nhanh diện bao phủ người tham gia BHXH, BHYT, BHTN,')).toBe(true);
  });

  it('keeps the titles of a list of headings, each with its text below it', () => {
    const { sections } = readSections(linesOf('I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'Triển khai kịp thời các nhiệm vụ.', '2. Yêu cầu', 'Bám sát các nhiệm vụ được giao.'));
    expect(sections[0]!.children.map((s) => [s.title, s.text])).toEqual([
      ['Mục đích', 'Triển khai kịp thời các nhiệm vụ.'],
      ['Yêu cầu', 'Bám sát các nhiệm vụ được giao.'],
    ]);
  });
});

describe('readSections: a quoted provision is none of the document\'s outline', () => {
  // Cục Thuế 5608/CT-CS (77de8d61b741c666) quotes Nghị định 103/2024/NĐ-CP: its clause "1." and points "a)", "b)"
  const letter = [
    'Tại khoản 1 Điều 26 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất quy định:',
    '“Điều 26. Đơn giá thuê đất',
    '1. Trường hợp thuê đất trả tiền thuê đất hằng năm không thông qua hình thức đấu giá:',
    'a) Tỷ lệ phần trăm (%) tính đơn giá thuê đất một năm là từ 0,25% đến 3%.',
    'b) Giá đất để tính tiền thuê đất là giá đất trong Bảng giá đất; được xác định theo đơn vị đồng/mét vuông (đồng/m2).”',
    'Tại Điều 30 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất quy định:',
    // an excerpt whose closing mark the letter left out, the next one quoted before it closes
    '“Điều 30. Tính tiền thuê đất',
    '1. Đối với trường hợp thuê đất trả tiền thuê đất hằng năm, tiền thuê đất một năm được tính như sau:',
    '“Điều 51. Điều khoản chuyển tiếp đối với thu tiền thuê đất',
    '10. Trường hợp thuê đất trước ngày Nghị định này có hiệu lực thi hành thì tiếp tục được ổn định đơn giá thuê đất.”',
    'Căn cứ quy định nêu trên, Cục Thuế có ý kiến như sau:',
  ];

  it('keeps the quoted clauses and points in the text, in order', () => {
    const { sections, intro } = readSections(linesOf(...letter));
    expect(sections).toEqual([]);
    expect(intro).toEqual(letter);
  });

  it('reads the outline after the quotation closes', () => {
    const { sections } = readSections(linesOf(...letter, '1. Về đơn giá thuê đất: Công ty thực hiện theo quy định.', '2. Về tiền thuê đất: Thuế tỉnh xác định lại.'));
    expect(sections.map((s) => s.label)).toEqual(['1', '2']);
  });

  it('reads the outline when a quotation never closes', () => {
    const { sections } = readSections(linesOf('Chương trình “Xóa nhà tạm, nhà dột nát', '1. Rà soát các hộ nghèo.', '2. Hỗ trợ xây dựng nhà ở.'));
    expect(sections.map((s) => s.label)).toEqual(['1', '2']);
  });
});

describe('readSections: a heading over points whose title the page wrapped', () => {
  // Quyết định 40/QĐ-BHXH, part II, item 5 (fixtures/flat/qd-40-qd-bhxh-2023-b.txt, the seed likewise)
  const { sections } = readSections(
    linesOf(
      '5. Đẩy mạnh cải cách hành chính gắn với xây dựng',
      'Chính phủ điện tử; chính phủ số; cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia',
      'a) Đẩy mạnh cải cách hành chính gắn với xây dựng Chính phủ điện tử.',
      'b) Rà soát sửa đổi, bổ sung danh mục vị trí việc làm.',
      '6. Tăng cường công tác thanh tra, kiểm tra việc thực hiện chính sách',
      'Các đơn vị chủ động xây dựng kế hoạch thanh tra.',
      'a) Thanh tra chuyên ngành.',
    ),
  );

  it('reads the line under its title, ending no sentence, as the rest of the title', () => {
    expect(sections[0]).toMatchObject({
      title: 'Đẩy mạnh cải cách hành chính gắn với xây dựng Chính phủ điện tử; chính phủ số; cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia',
      text: '',
    });
    expect(sections[0]!.children.map((c) => c.label)).toEqual(['a', 'b']);
  });
  it('keeps a sentence under a heading its text', () => {
    expect(sections[1]).toMatchObject({ title: 'Tăng cường công tác thanh tra, kiểm tra việc thực hiện chính sách', text: 'Các đơn vị chủ động xây dựng kế hoạch thanh tra.' });
  });
});
