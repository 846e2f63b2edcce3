// What visitors type is stored as Unicode text a person can read: NFC, without invisible characters.

// Controls (Cc) and format characters (Cf: zero-width, bidi overrides, BOM) except the joiners
// that some scripts and emoji need inside a word.
const INVISIBLE = /(?!\u200c|\u200d)[\p{Cc}\p{Cf}]/gu;
const INVISIBLE_EXCEPT_LINE_BREAKS = /(?!\u200c|\u200d|\n|\r|\t)[\p{Cc}\p{Cf}]/gu;
// Terminal escape sequences (CSI and OSC, 7- and 8-bit) go whole, not only their ESC.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_ESCAPES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
// Breaks and tabs inside a one-line text separate words: they become a space, not nothing.
const LINE_SEPARATORS = /[\p{Zl}\p{Zp}\t\n\v\f\r\u0085]+/gu;
const JOINERS = /\u200c|\u200d/g;

/** A one-line text (a name): NFC, invisible characters removed, trimmed; '' when nothing visible is left. */
export function cleanLine(value: string): string {
  const text = value.normalize('NFC').replace(TERMINAL_ESCAPES, '').replace(LINE_SEPARATORS, ' ').replace(INVISIBLE, '').trim();
  return text.replace(JOINERS, '').trim() === '' ? '' : text;
}

/** A free text (a message): like cleanLine, but line breaks and tabs stay and inner spacing is kept. */
export function cleanText(value: string): string {
  const text = value.normalize('NFC').replace(TERMINAL_ESCAPES, '').replace(INVISIBLE_EXCEPT_LINE_BREAKS, '');
  return text.replace(JOINERS, '').trim() === '' ? '' : text;
}

/** A value checked by a pattern (e-mail, phone): NFC and no surrounding spaces. */
export function cleanToken(value: string): string {
  return value.normalize('NFC').trim();
}
