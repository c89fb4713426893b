/**
 * A character's class by `classify` (a small number, 1 to 255, from a test of the one-character
 * string), remembered for each BMP character met and worked out each time for the rare others. A
 * text read a character at a time through it costs a table lookup a character, not a run of a
 * Unicode-property pattern.
 */
export function charTable<K extends number>(classify: (char: string) => K): (codePoint: number) => K {
  // the classes of the BMP characters met so far (0: not yet met)
  const known = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
    let kind = known[codePoint] as K | 0;
    if (kind === 0) known[codePoint] = kind = classify(String.fromCharCode(codePoint));
    return kind;
  };
}
