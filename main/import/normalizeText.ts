/** Line ends, BOM and surrounding spaces must never change what a paste imports. */
export function splitLines(text: string): string[] {
  const normal = text.replace(/^\uFEFF/, '').normalize('NFC');
  const lines: string[] = [];
  let start = 0;
  for (let index = 0; index < normal.length; index += 1) {
    const code = normal.charCodeAt(index);
    if (code !== 0x0a && code !== 0x0d) continue;
    lines.push(normal.slice(start, index).trim());
    if (code === 0x0d && normal.charCodeAt(index + 1) === 0x0a) index += 1;
    start = index + 1;
  }
  lines.push(normal.slice(start).trim());
  return lines;
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
