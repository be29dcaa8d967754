// Folding maps each UTF-16 code unit to exactly one code unit, so offsets in the folded text are offsets in
// the original. String.prototype.toLowerCase can change length ("İ" becomes two code units), so it is applied
// per unit and kept only where the length stays one.

const PUNCTUATION_FOLDS: Record<string, string> = {
  '\u2019': "'", // right single quotation mark, the curly apostrophe of "Kyiv’s"
  '\u2018': "'",
  '\u02BC': "'", // modifier letter apostrophe, used in Ukrainian ("м'ята")
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // en dash, as in "Ukraine–NATO"
  '\u2014': '-',
  '\u00A0': ' ', // no-break space
  '\u202F': ' ',
};

const cache = new Map<number, number>();

/** Folds one code unit: punctuation variants to their ASCII form, then lower case where that keeps length 1. */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = cache.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    const punct = PUNCTUATION_FOLDS[ch];
    if (punct !== undefined) folded = punct.charCodeAt(0);
    else {
      const lower = ch.toLowerCase();
      folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
    cache.set(code, folded);
  }
  return folded;
}

const PUNCTUATION_UNITS = new Map(Object.entries(PUNCTUATION_FOLDS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

/** Folds one code unit's punctuation variants only, keeping letter case. */
export function foldPunctuationUnit(code: number): number {
  return code < 0x80 ? code : (PUNCTUATION_UNITS.get(code) ?? code);
}

/** Folds only punctuation variants, keeping letter case: the comparison for case-sensitive aliases. */
export function foldPunctuation(text: string): string {
  return text.replace(PUNCTUATION, (ch) => PUNCTUATION_FOLDS[ch]!);
}
const PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION_FOLDS).join('')}]`, 'g');

export function foldText(text: string): string {
  // Native lower-casing of the whole string is many times faster than unit by unit; it is used whenever it
  // keeps the length (it does for every script we match; "İ" is the usual exception).
  const lower = foldPunctuation(text).toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}
