export interface CitekeySource {
  title: string;
  authors: readonly string[];
  year: number | null;
}

const STOP_WORDS = new Set(
  'a an and are as at by for from in into is it of on or over the to towards toward under via what when why with without'.split(
    ' ',
  ),
);

/** Text that decomposition and mark removal leave as it is (most titles and names). */
// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\u0000-\u007f]*$/;

function asciiWords(text: string): string[] {
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/\$[^$]*\$/g, ' ')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function lastName(author: string): string {
  const name = author.includes(',')
    ? (author.split(',')[0] ?? '')
    : (author.trim().split(/\s+/).at(-1) ?? '');
  return asciiWords(name).join('').toLowerCase();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The key a paper is cited by: first author's last name, year and the first significant
 * title word ("zhang2025tool"); without authors or year, the first three significant
 * title words ("sacFlowSample"). ASCII only, so every BibTeX toolchain takes it.
 */
export function baseCitekey(paper: CitekeySource): string {
  const titleWords = asciiWords(paper.title).map((word) => word.toLowerCase());
  const significant = titleWords.filter((word) => !STOP_WORDS.has(word));
  const words = significant.length > 0 ? significant : titleWords;
  const author = paper.authors[0] ? lastName(paper.authors[0]) : '';
  if (author || paper.year) {
    return `${author || (words[0] ?? 'paper')}${paper.year ?? ''}${words[0] && author ? words[0] : ''}`;
  }
  const [first = 'paper', ...rest] = words.slice(0, 3);
  return first + rest.map(capitalize).join('');
}

function suffix(index: number): string {
  let label = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(97 + (n % 26)) + label;
  return label;
}

/** A key made without authors or a year; a better one can be made once the record has them. */
export function isProvisionalKey(paper: CitekeySource): boolean {
  return paper.authors.length === 0 || paper.year === null;
}

/** Keys BibTeX and biber take everywhere: ASCII letters and digits, and - _ : . inside. */
export function isValidCitekey(key: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,99}$/.test(key);
}

/** A base key that is taken gets a, b, c, ... z, aa, ab ... until one is free. */
export function uniqueCitekey(paper: CitekeySource, isTaken: (key: string) => boolean): string {
  const base = baseCitekey(paper);
  if (!isTaken(base)) return base;
  for (let index = 0; ; index += 1) {
    const candidate = base + suffix(index);
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Keys for many papers at once (an import): each is free in the library and among the keys
 * already given, compared without regard to case. Each base remembers the next suffix to try,
 * so a thousand papers sharing one base cost a thousand probes, not half a million.
 */
export function citekeyChooser(takenInLibrary: (key: string) => boolean) {
  const given = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const taken = (key: string) => given.has(key.toLowerCase()) || takenInLibrary(key);
  const give = (key: string) => {
    given.add(key.toLowerCase());
    return key;
  };
  return {
    /** Takes the source's own key when it is valid and free; null when it is not. */
    keep(key: string | null | undefined): string | null {
      return key && isValidCitekey(key) && !taken(key) ? give(key) : null;
    },
    /** A key made from the paper, with a, b, c ... when its base is taken. */
    make(paper: CitekeySource): string {
      const base = baseCitekey(paper);
      const folded = base.toLowerCase();
      let index = nextSuffix.get(folded);
      if (index === undefined) {
        if (!taken(base)) return give(base);
        index = 0;
      }
      while (taken(base + suffix(index))) index += 1;
      nextSuffix.set(folded, index + 1);
      return give(base + suffix(index));
    },
  };
}
