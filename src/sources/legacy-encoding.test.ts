import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VanbanError } from '../errors.js';
import tables from '../registry/legacy-encodings.json';
import { decodeInput, decodeText } from './decode.js';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from './legacy-encoding.js';

// ── an encoder of our own, from the same tables read backwards ──────────────────────────────────

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** Vietnamese letters: what the legacy encodings exist to write (everything else in Latin-1 collides with their codes). */
const isVietnameseLetter = (ch: string) => /^[a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]$/u.test(ch.toLowerCase());
const isPlain = (ch: string) => ch.charCodeAt(0) < 0x80 || ch.charCodeAt(0) > 0xff;

const tcvn3Code = new Map(Object.entries(tables.tcvn3.letters).map(([code, letter]) => [letter, code]));

/**
 * Unicode to TCVN3 as a typist with the ABC fonts wrote it: a capital with a tone mark has no code
 * of its own, so it is written with the lower-case code (the capital font shows it as a capital).
 * Null when the text has a Latin-1 character that is no Vietnamese letter (TCVN3 has no way to write it).
 */
function toTcvn3(text: string): string | null {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = tcvn3Code.get(ch) ?? tcvn3Code.get(ch.toLowerCase());
    if (code !== undefined) out += code;
    else if (isPlain(ch) || (isVietnameseLetter(ch) && ch.charCodeAt(0) < 0x80)) out += ch;
    else return null;
  }
  return out;
}

const vniLetterCode = new Map(Object.entries(tables.vni.letters).map(([code, letter]) => [letter, code]));
/** NFD marks (canonical order) → the VNI mark byte, lower case; capitals use the byte's capital. */
const vniMarkCode = new Map(Object.entries(tables.vni.marks).filter(([code]) => code === code.toLowerCase()).map(([code, marks]) => [`a${marks}`.normalize('NFD').slice(1), code]));

/** Unicode to VNI-Windows: base letter (or a letter of its own: đ ơ ư ỉ ĩ ị ỵ) and one byte for the marks. */
function toVni(text: string): string | null {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (isPlain(ch) && !isVietnameseLetter(ch)) {
      out += ch;
      continue;
    }
    if (!isVietnameseLetter(ch)) return null;
    const own = vniLetterCode.get(ch);
    if (own !== undefined) {
      out += own;
      continue;
    }
    const nfd = ch.normalize('NFD');
    let base = nfd[0]!;
    let marks = nfd.slice(1);
    if (marks.startsWith('\u031b')) {
      // ơ, ư: a letter of their own, then the tone
      base = vniLetterCode.get(`${base}\u031b`.normalize('NFC'))!;
      marks = marks.slice(1);
    } else if (marks && vniLetterCode.has((base + [...marks].filter((m) => TONES.has(m)).join('')).normalize('NFC'))) {
      base = vniLetterCode.get((base + marks).normalize('NFC'))!;
      marks = '';
    }
    if (marks === '') {
      out += base;
      continue;
    }
    if (base === 'i' || base === 'I') {
      out += ch; // í ì are themselves in VNI
      continue;
    }
    const code = vniMarkCode.get(marks);
    if (code === undefined) return null;
    out += base + (base === base.toUpperCase() ? code.toUpperCase() : code);
  }
  return out;
}

/** Windows-1252 bytes of a string (the code page the legacy fonts were typed in); 0x80–0x9F from the code page's published table. */
const cp1252 = new Map<string, number>();
{
  for (let i = 0; i < 256; i++) cp1252.set(String.fromCharCode(i), i);
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  [...high].forEach((ch, i) => cp1252.set(ch, 0x80 + i));
}
function bytes1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => cp1252.get(ch) ?? 0x3f));
}

/** Windows-1258 bytes: precomposed where the code page has the letter, else the letter and a combining tone. */
const cp1258 = new Map<string, number>();
{
  const all = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...all].forEach((ch, i) => cp1258.set(ch, i));
}
function bytes1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = cp1258.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((m) => TONES.has(m));
    const rest = [...nfd].filter((m) => m !== tone).join('').normalize('NFC');
    const base = cp1258.get(rest);
    const mark = tone ? cp1258.get(tone) : undefined;
    if (base === undefined || mark === undefined) out.push(0x3f);
    else out.push(base, mark);
  }
  return Uint8Array.from(out);
}

// ── the fixtures' lines ───────────────────────────────────────────────────────────────────────

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, FIXTURES), 'utf8').normalize('NFC') }));
const allLines = [...new Set(fixtures.flatMap((f) => f.text.split('\n')).filter((l) => l.trim() !== ''))];

/** A capital with a tone mark opening a word whose other letters are small ("Ủy", "Ứng"): TCVN3 cannot say it is a capital. */
const CAPITAL_TONED_WORD_START = /(?<!\p{L})[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]\p{Ll}/u;

/** TCVN3 lines with a line of Unicode Vietnamese after them: mixed evidence. */
const MIXED = `${allLines.slice(0, 40).flatMap((l) => toTcvn3(l) ?? []).join('\n')}\nBảo hiểm xã hội Việt Nam, Hà Nội, thực hiện nhiệm vụ được giao`;

describe('the encoder of this test', () => {
  it('writes the well-known forms', () => {
    expect(toTcvn3('Bảo hiểm xã hội')).toBe('B¶o hiÓm x· héi');
    expect(toTcvn3('Số: 40/QĐ-BHXH')).toBe('Sè: 40/Q§-BHXH');
    expect(toVni('Bảo hiểm xã hội Việt Nam')).toBe('Baûo hieåm xaõ hoäi Vieät Nam');
    expect(toVni('BẢO HIỂM XÃ HỘI')).toBe('BAÛO HIEÅM XAÕ HOÄI');
    expect(toVni('Quyết định thường xuyên, chỉ đạo, kịp thời, tỷ lệ')).toBe('Quyeát ñònh thöôøng xuyeân, chæ ñaïo, kòp thôøi, tyû leä');
    expect(toTcvn3('giá ¹')).toBeNull();
  });
});

describe('detectLegacyEncoding', () => {
  it.each(fixtures.map((f) => [f.name, f.text] as const))('reads the Unicode fixture %s as Unicode', (_, text) => {
    const d = detectLegacyEncoding(text);
    expect(d.encoding).toBeNull();
    expect(d.evidence.words).toBeGreaterThan(100);
    // Unicode Vietnamese letters (ơ ư đ ă ạ ả …) outnumber the words with Latin-1 letters (á à ê …)
    expect(d.evidence.unicodeLetters).toBeGreaterThan(d.evidence.words);
  });

  it.each(fixtures.map((f) => [f.name, f.text] as const))('finds TCVN3 and VNI in %s once encoded', (_, text) => {
    for (const [encoding, encode] of [['tcvn3', toTcvn3], ['vni', toVni]] as const) {
      const legacy = text.split('\n').flatMap((l) => encode(l) ?? []).join('\n');
      const d = detectLegacyEncoding(legacy);
      expect(d, encoding).toMatchObject({ encoding, confidence: 'sure' });
    }
  });

  it('does not take Unicode text with a few Latin-1 signs for a legacy encoding', () => {
    expect(detectLegacyEncoding('© 2024 Bảo hiểm xã hội Việt Nam. Nhiệt độ 25°C, tỷ lệ ½ và ¼; giá × 2.').encoding).toBeNull();
    expect(detectLegacyEncoding('Café, naïve, façade, über, señor, garçon, déjà vu, Ångström, Øresund.').encoding).toBeNull();
  });

  it('needs a few words to say anything', () => {
    const five = detectLegacyEncoding(`${toTcvn3('Bảo hiểm xã hội thực')} BHXH 2024 abc`);
    expect(five.evidence.words).toBe(5);
    expect(five).toMatchObject({ encoding: 'tcvn3', confidence: 'sure' });
    expect(detectLegacyEncoding(toTcvn3('hiểm xã hội')!)).toMatchObject({ encoding: null, confidence: null });
  });

  it('is unsure of legacy text mixed with Unicode Vietnamese letters', () => {
    const d = detectLegacyEncoding(MIXED);
    expect(d.evidence.unicodeLetters).toBeGreaterThan(0.05 * d.evidence.words);
    expect(d).toMatchObject({ encoding: 'tcvn3', confidence: 'unsure' });
  });
});

describe('convertLegacy round trip over the fixtures\' lines', () => {
  it('VNI: every line the encoding can write comes back exactly', () => {
    const lines = allLines.filter((l) => toVni(l) !== null);
    expect(lines.length).toBeGreaterThan(0.98 * allLines.length);
    const wrong = lines.filter((l) => convertLegacy(toVni(l)!, 'vni') !== l);
    expect(wrong).toEqual([]);
  });

  it('VNI: whole documents come back exactly', () => {
    for (const f of fixtures) {
      const lines = f.text.split('\n').filter((l) => toVni(l) !== null);
      expect(convertLegacy(lines.map((l) => toVni(l)!).join('\n'), 'vni')).toBe(lines.join('\n'));
    }
  });

  it('TCVN3: whole documents come back, capitals included, but for a capital with a tone opening a lower-case word mid-sentence', () => {
    let compared = 0;
    for (const f of fixtures) {
      const lines = f.text.split('\n').filter((l) => toTcvn3(l) !== null);
      compared += lines.length;
      const back = convertLegacy(lines.map((l) => toTcvn3(l)!).join('\n'), 'tcvn3').split('\n');
      expect(back.length).toBe(lines.length);
      lines.forEach((line, i) => {
        // the letters are always right; only the case of a toned capital can be lost
        expect(back[i]!.toLowerCase()).toBe(line.toLowerCase());
        if (!CAPITAL_TONED_WORD_START.test(line)) expect(back[i], `${f.name}: ${line}`).toBe(line);
      });
    }
    expect(compared).toBeGreaterThan(800);
  });

  it('TCVN3: reads capitals from the word and its neighbours', () => {
    const back = (s: string) => convertLegacy(toTcvn3(s)!, 'tcvn3');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BẢO HIỂM XÃ HỘI VIỆT NAM', 'Hà Nội, ngày 18 tháng 01 năm 2023', 'HÀ NỘI', 'Số: 40/QĐ-BHXH', 'Độc lập - Tự do - Hạnh phúc', 'QUYẾT ĐỊNH:']) {
      expect(back(s)).toBe(s);
    }
    // what cannot be told: a capital with a tone opening a word of small letters
    expect(back('Giao Ủy ban nhân dân')).toBe('Giao ủy ban nhân dân');
  });

  it('TCVN3 and VNI keep the Windows-1252 punctuation a typist had', () => {
    expect(convertLegacy('\u201cB¶o hiÓm\u201d \u2013 x· héi\u2026', 'tcvn3')).toBe('“Bảo hiểm” – xã hội…');
    // a strict Latin-1 reading leaves C1 controls where Windows-1252 has punctuation
    expect(convertLegacy('\u0093B¶o hiÓm\u0094', 'tcvn3')).toBe('“Bảo hiểm”');
    expect(convertLegacy('\u0093Baûo hieåm\u0094', 'vni')).toBe('“Bảo hiểm”');
  });
});

describe('decodeInput', () => {
  const sample = fixtures.find((f) => f.text.includes('QUYẾT ĐỊNH'))!.text;
  const lines = sample.split('\n').filter((l) => toTcvn3(l) !== null && toVni(l) !== null);
  const clean = lines.join('\n');

  it('reads clean UTF-8 as it is, with no notes', () => {
    const d = decodeInput(Buffer.from(sample));
    expect(d).toMatchObject({ encoding: 'utf-8', suspected: null, notes: [] });
    expect(d.text).toBe(sample.replace(/\r\n?/g, '\n'));
  });

  it('converts TCVN3 and VNI bytes (Windows-1252, not UTF-8) and says so', () => {
    for (const [encoding, encode] of [['tcvn3', toTcvn3], ['vni', toVni]] as const) {
      const raw = bytes1252(lines.map((l) => encode(l)!).join('\r\n'));
      const d = decodeInput(raw);
      expect(d.encoding).toBe(encoding);
      expect(d.notes.join(' ')).toMatch(encoding === 'tcvn3' ? /TCVN3/ : /VNI/);
      expect(d.text.toLowerCase()).toBe(clean.toLowerCase());
      expect(decodeText(raw)).toBe(d.text);
    }
  });

  it('converts TCVN3 and VNI text pasted into a UTF-8 file', () => {
    for (const [encoding, encode] of [['tcvn3', toTcvn3], ['vni', toVni]] as const) {
      const d = decodeInput(Buffer.from(lines.map((l) => encode(l)!).join('\n'), 'utf8'));
      expect(d.encoding).toBe(encoding as LegacyEncoding);
      expect(d.text.toLowerCase()).toBe(clean.toLowerCase());
    }
  });

  it('reads Windows-1258 bytes as Vietnamese', () => {
    const d = decodeInput(bytes1258(clean));
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toBe(clean);
    expect(d.notes[0]).toMatch(/Windows-1258/);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]);
    expect(decodeInput(le)).toMatchObject({ encoding: 'utf-16le', text: clean });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeInput(be)).toMatchObject({ encoding: 'utf-16be', text: clean });
  });

  it('reads UTF-8 with a few damaged bytes as UTF-8, replacing them, and says how many', () => {
    const good = Buffer.from(clean);
    const damaged = Buffer.concat([good.subarray(0, 100), Buffer.from([0xff, 0xc3]), good.subarray(100, 2000), Buffer.from([0x9c]), good.subarray(2000)]);
    const d = decodeInput(damaged);
    expect(d.encoding).toBe('utf-8');
    expect(d.notes).toEqual(['the input is UTF-8 with 3 byte sequences that are not: replaced by U+FFFD']);
    expect(d.text.replace(/\uFFFD/gu, '')).toBe(clean);
  });

  it('reads other non-UTF-8 bytes as Windows-1252 and says so', () => {
    const d = decodeInput(Uint8Array.from([0x93, ...Buffer.from('Caf'), 0xe9, 0x20, ...Buffer.from('au lait, na'), 0xef, 0x76, 0x65, 0x94, 0x85]));
    expect(d).toMatchObject({ encoding: 'windows-1252', text: '“Café au lait, naïve”…', suspected: null });
    expect(d.notes[0]).toMatch(/not UTF-8/);
  });

  it('when unsure, converts nothing and names the encoding; decodeText makes it a legacy-encoding error', () => {
    const mixed = MIXED;
    const d = decodeInput(mixed);
    expect(d).toMatchObject({ encoding: 'utf-8', suspected: 'tcvn3' });
    expect(d.text).toBe(mixed.normalize('NFC'));
    expect(d.notes[0]).toMatch(/looks like the legacy encoding TCVN3.*not converted/);
    expect(() => decodeText(mixed, { file: 'old.txt' })).toThrow(VanbanError);
    try {
      decodeText(mixed, { file: 'old.txt' });
    } catch (error) {
      expect((error as VanbanError).code).toBe('legacy-encoding');
      expect((error as Error).message).toMatch(/old\.txt: .*TCVN3/);
    }
  });
});

describe('TCVN 5712 (VN1): capitals with a tone mark of their own', () => {
  const vn1Code = new Map(
    [...Object.entries(tables.tcvn3.letters), ...Object.entries(tables.tcvn3.capitals.letters), ...Object.entries(tables.tcvn3.punctuationCapitals.letters)].map(([code, letter]) => [letter, code]),
  );
  /** Unicode to VN1: every letter its own code, capitals with a tone mark included. */
  const toVn1 = (text: string) => [...text.normalize('NFC')].map((ch) => vn1Code.get(ch) ?? ch).join('');
  const sample = fixtures.find((f) => f.text.includes('QUYẾT ĐỊNH'))!.text;
  const lines = sample.split('\n').filter((l) => toTcvn3(l) !== null);

  it('reads the capitals, those on punctuation bytes too, and keeps a typist\'s punctuation', () => {
    const text = lines.join('\n');
    expect(toVn1('QUYẾT ĐỊNH')).toBe('QUYÚT §‘NH'); // Ị on the byte Windows-1252 prints as ‘
    const raw = bytes1252(toVn1(text));
    const d = decodeInput(raw);
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toContain('QUYẾT ĐỊNH');
    expect(d.notes.join(' ')).toMatch(/was converted to Unicode \(/);
    // every line back, each capital as written: VN1 says which letters are capitals
    expect(d.text).toBe(text);
    expect(decodeInput(bytes1252(toVn1('“QUYẾT ĐỊNH” – số 12…\n'.repeat(8)))).text).toBe('“QUYẾT ĐỊNH” – số 12…\n'.repeat(8).trimEnd() + '\n');
  });
});

describe('legacy detection on Unicode text', () => {
  it('never takes valid UTF-8 with `·` between names for TCVN3', () => {
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];
    const text = `Thành phần: ${names.join(' · ')}\nThu ky: ${names.slice(0, 3).join('·')}\n`.repeat(3);
    const d = decodeInput(Buffer.from(text));
    expect(d).toMatchObject({ encoding: 'utf-8', suspected: null });
    expect(decodeText(Buffer.from(text))).toBe(text);
    // the same with names written without their marks: the `·` are the only Latin-1 signs
    const plain = `Thanh phan: ${'Nguyen Van An · Tran Thi Binh · Le Van Cuong · '.repeat(4)}\n`;
    expect(decodeInput(Buffer.from(plain))).toMatchObject({ encoding: 'utf-8', suspected: null, text: plain });
  });

  it('says a conversion did not give Vietnamese instead of calling it done', () => {
    // TCVN3-looking words that do not all read as Vietnamese once converted: only some are syllables
    // 10 words that read as Vietnamese once converted, 3 that do not: enough to convert, too few to call it done
    const d = decodeInput(bytes1252('B¶o hiÓm x· héi ViÖt Nam, Hµ Néi ngµy th¸ng n¨m; QQ¶x ZZÓy XXéq'));
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toMatch(/^Bảo hiểm xã hội Việt Nam, Hà Nội ngày tháng năm/);
    expect(d.notes.join(' ')).toMatch(/but 3 of 13 words with Vietnamese letters do not read as Vietnamese once converted: check the text/);
    // all of them read: done
    expect(decodeInput(bytes1252('B¶o hiÓm x· héi ViÖt Nam, Hµ Néi ngµy th¸ng n¨m')).notes.join(' ')).toMatch(/was converted to Unicode \(/);
  });
});

describe('a NUL byte in text', () => {
  it('is taken out and said where, not binary input', () => {
    const d = decodeInput(Buffer.from('QUYẾT ĐỊNH\nVề việc\u0000 ban hành\n'));
    expect(d.text).toBe('QUYẾT ĐỊNH\nVề việc ban hành\n');
    expect(d.notes).toEqual(['1 NUL character (U+0000) taken out of the text, the first on line 2, column 8']);
  });
  it('is binary input when there are many', () => {
    expect(() => decodeInput(Buffer.from('a\u0000b\u0000c\u0000d\u0000'.repeat(50)))).toThrow(/binary/);
  });
});
