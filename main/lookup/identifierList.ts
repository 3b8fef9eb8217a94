import { parseIdentifier, type PaperIdentifier } from './identifiers';

export interface IdentifierLine {
  /** 1-based, in the pasted text. */
  line: number;
  input: string;
  /** Null for a line that tries to name a paper (a URL, "doi:...") in a way Shelfmark cannot read. */
  id: PaperIdentifier | null;
}

/** One word that looks meant as an identifier: a URL, a DOI, an "arXiv:" id; never a one-word title. */
function looksLikeAnIdentifier(line: string): boolean {
  return !/\s/.test(line) && /[/:.]/.test(line);
}

/**
 * A paste that is a list of identifiers, one per line (blank lines aside): every line is one word
 * meant as an identifier, and at least one of them names a paper. Null for anything else (a page,
 * a list of titles, a .bib file), which the other readers take. Linear in the text.
 */
export function readIdentifierList(text: string): IdentifierLine[] | null {
  const lines: IdentifierLine[] = [];
  let start = 0;
  for (let number = 1; start <= text.length; number += 1) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const line = text
      .slice(start, stop)
      .trim()
      .replace(/^<(.*)>$/, '$1');
    start = stop + 1;
    if (line === '') continue;
    if (!looksLikeAnIdentifier(line)) return null;
    lines.push({ line: number, input: line, id: parseIdentifier(line) });
  }
  return lines.some((line) => line.id !== null) ? lines : null;
}
