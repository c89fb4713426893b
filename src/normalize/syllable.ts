import { stripTones } from '../text/fold.js';

// Vietnamese syllable = onset? + vowel nucleus (with its glides) + coda?, read without tone marks.
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', ''];
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu uêu'
  ).split(' '),
);

/** True when the word is one well-formed Vietnamese syllable: "biểu", "Hợp", "thắng"; not "BHXH", "sẽtác". */
export function isVietnameseSyllable(word: string): boolean {
  if (word === '' || word.length > 8) return false;
  const w = stripTones(word.toLowerCase());
  for (const onset of ONSETS) {
    if (!w.startsWith(onset)) continue;
    const rest = w.slice(onset.length);
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      if (NUCLEI.has(nucleus)) return true;
      // "gi" + "ữa" / "qu" + "y": the onset's own vowel can stand for the nucleus
      if (nucleus === '' && (onset === 'gi') && coda !== '') return true;
    }
  }
  return false;
}
