import type { Creator, CreatorRole } from '../../preload/api';

export type PersonName = Omit<Creator, 'role'>;

/** Written after a name without a comma ("Martin Luther King Jr."), these are a suffix, not a surname. */
const SUFFIXES = /^(jr|sr|jnr|snr|ii|iii|iv|v|vi)\.?$/i;

/** Splits at `separator` outside braces: BibTeX never splits inside {...}. */
function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(char)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

/** BibTeX's rule: a word is lower case when its first letter outside braces is; braced words are not. */
function isLowerCase(word: string): boolean {
  for (const char of word) {
    if (char === '{') return false;
    if (/\p{L}/u.test(char)) return char === char.toLowerCase() && char !== char.toUpperCase();
  }
  return false;
}

function joined(words: readonly string[]): string | null {
  const text = words.join(' ').trim();
  return text === '' ? null : text;
}

/** "von Last": the particle is the lower-case words before the last upper-case run; Last keeps at least one word. */
function splitVonLast(words: readonly string[]): { particle: string | null; family: string | null } {
  let lastLower = -1;
  for (let index = 0; index < words.length - 1; index += 1)
    if (isLowerCase(words[index] ?? '')) lastLower = index;
  return { particle: joined(words.slice(0, lastLower + 1)), family: joined(words.slice(lastLower + 1)) };
}

function person(fields: Partial<PersonName>): PersonName {
  return {
    family: fields.family ?? null,
    given: fields.given ?? null,
    particle: fields.particle ?? null,
    suffix: fields.suffix ?? null,
    literal: null,
  };
}

/** "First von Last": the first lower-case word (not the last word) starts the particle. */
function parseFirstLast(words: string[], suffix: string | null): PersonName {
  if (suffix === null && words.length > 2 && SUFFIXES.test(words.at(-1) ?? '')) {
    return parseFirstLast(words.slice(0, -1), words.at(-1) ?? null);
  }
  const firstLower = words.findIndex((word, index) => index < words.length - 1 && isLowerCase(word));
  if (firstLower === -1) {
    return person({ given: joined(words.slice(0, -1)), family: joined(words.slice(-1)), suffix });
  }
  return person({
    given: joined(words.slice(0, firstLower)),
    ...splitVonLast(words.slice(firstLower)),
    suffix,
  });
}

function stripOuterBraces(text: string): string | null {
  if (!text.startsWith('{') || !text.endsWith('}')) return null;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') depth -= 1;
    if (depth === 0 && index < text.length - 1) return null;
  }
  return text.slice(1, -1).trim();
}

/**
 * A name as a person or a .bib file writes it, read by BibTeX's rules: "First von Last",
 * "von Last, First", "von Last, Jr, First". A trailing "Jr."/"III" without a comma is a suffix
 * too. A name wholly in braces ("{OpenAI Team}") is an organisation, kept whole. Returns null for
 * an empty name.
 */
export function parseName(raw: string): PersonName | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const literal = stripOuterBraces(text);
  if (literal !== null) {
    return literal === '' ? null : { family: null, given: null, particle: null, suffix: null, literal };
  }
  const parts = splitOutsideBraces(text, /,/).filter((part, index) => index === 0 || part !== '');
  const words = (part: string) => splitOutsideBraces(part, /\s/).filter(Boolean);
  const [first = '', second] = parts;
  if (parts.length === 1) return parseFirstLast(words(first), null);
  if (parts.length === 2 && SUFFIXES.test(second ?? '')) return parseFirstLast(words(first), second ?? null);
  const vonLast = splitVonLast(words(first));
  if (parts.length === 2) return person({ ...vonLast, given: second ?? null });
  return person({ ...vonLast, suffix: second || null, given: parts.slice(2).join(', ') || null });
}

export function creatorFromText(role: CreatorRole, raw: string): Creator | null {
  const name = parseName(raw);
  if (!name) return null;
  if (blank(name.literal) && blank(name.family)) {
    // ", Jun" or "{}" names nobody by family: a lone given name stands as the family name.
    if (blank(name.given)) return null;
    return { role, ...name, literal: null, family: name.given, given: null };
  }
  return { role, ...name };
}

function blank(text: string | null): boolean {
  return text === null || text.trim() === '';
}

/** "van der Berg, Jr., Anna": the BibTeX form, unambiguous; a literal name as it is. */
export function sortName(creator: PersonName): string {
  if (creator.literal !== null) return creator.literal;
  const last = [creator.particle, creator.family].filter(Boolean).join(' ');
  return [last, creator.suffix, creator.given].filter(Boolean).join(', ');
}

/** "Anna van der Berg Jr.": how the name is read aloud. */
export function displayName(creator: PersonName): string {
  if (creator.literal !== null) return creator.literal;
  return [creator.given, creator.particle, creator.family, creator.suffix].filter(Boolean).join(' ');
}
