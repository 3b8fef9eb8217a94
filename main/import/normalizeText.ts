/** Line ends, BOM and surrounding spaces must never change what a paste imports. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
}

/** Runs of white space as one space, so line patterns never meet two adjacent runs. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
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
