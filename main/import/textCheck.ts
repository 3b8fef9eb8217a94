import { NotTextError } from './nothingToImport';

/** Characters that text people paste or save never holds in number: controls (but tab and line ends), U+FFFD, U+FFFE/U+FFFF. */
function isBinaryMark(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffd ||
    code === 0xfffe ||
    code === 0xffff ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Every character isBinaryMark may take for binary (surrogates included, paired or not). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
const MAYBE_BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFD-\uFFFF]/;

/** Of every this many characters, one may be such a mark (a stray control from a copy) before the text is taken for binary. */
const TOLERANCE = 100;

/**
 * Refuses bytes that are not text (an image pasted or a binary file opened): any NUL, or more
 * than one mark of binary in a hundred characters. Surrogates that form a pair are text.
 */
export function assertText(text: string): void {
  // Most text holds no candidate at all: one regular-expression scan says so, far faster than
  // the loop below, which counts the candidates (and tells pairs of surrogates from lone ones).
  if (!MAYBE_BINARY.test(text)) return;
  let marks = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) throw new NotTextError();
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
    }
    if (isBinaryMark(code)) marks += 1;
  }
  if (marks > 0 && marks * TOLERANCE > text.length) throw new NotTextError();
}
