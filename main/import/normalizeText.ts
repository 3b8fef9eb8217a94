/** Line ends, BOM and trailing spaces must never change what a paste imports. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00A0]+$/u, '').replace(/^[\s\u00A0]+/u, ''));
}

/**
 * The key two titles are compared by when looking for duplicates: case, accents,
 * punctuation and white space do not matter.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
