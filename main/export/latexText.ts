import { latexForChar } from './unicodeToLatex';

export type Dialect = 'bibtex' | 'biblatex';

interface LatexOptions {
  dialect: Dialect;
  /** Titles: brace words with capitals, and math, so BibTeX styles cannot lowercase them. */
  protectCase?: boolean;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // \{ and \} still count as braces to BibTeX; these do not, so a lone brace stays balanced.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

/** Text as a field holds it: no control characters, one line break at most in a row. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

function braceDepthOk(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * `$...$` spans that are real math, by pandoc's rule: no space just inside either dollar, no
 * digit right after the closing one ("costs $5 and $6" is money), balanced braces, one line.
 */
function splitMath(text: string): { text: string; math: boolean }[] {
  const parts: { text: string; math: boolean }[] = [];
  const pattern = /\$(?=\S)([^$\n]*?\S)\$(?!\d)/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const body = match[1] ?? '';
    if (!braceDepthOk(body)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), math: false });
    parts.push({ text: body, math: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), math: false });
  return parts;
}

function escapeChar(char: string, dialect: Dialect): string {
  const special = SPECIAL[char];
  if (special) return special;
  if (dialect === 'biblatex' || char.charCodeAt(0) < 0x80) return char;
  return latexForChar(char);
}

/** Math stays math; only the characters that end or break a TeX line or field are escaped. */
function escapeMath(body: string): string {
  return body.replace(/(?<!\\)([%#&])/g, '\\$1');
}

/** What escapeWord would change: a special character, anything not ASCII, or "--". */
const NEEDS_ESCAPE = /[\\{}#$%&_~^<>|\u0080-\uFFFF]|--/;

function escapeWord(word: string, dialect: Dialect, protect: boolean): string {
  // "--" would print as a dash (a TeX ligature); -{}- keeps the hyphens as written.
  const escaped = NEEDS_ESCAPE.test(word)
    ? [...word]
        .map((char) => escapeChar(char, dialect))
        .join('')
        .replace(/-(?=-)/g, '-{}')
    : word;
  return protect && /\p{Lu}/u.test(word) ? `{${escaped}}` : escaped;
}

/** Text as a BibTeX field value: every special character escaped outside math, math kept. */
export function toLatex(raw: string, options: LatexOptions): string {
  const protect = options.protectCase ?? false;
  return splitMath(cleanText(raw))
    .map((part) => {
      if (part.math) return protect ? `{$${escapeMath(part.text)}$}` : `$${escapeMath(part.text)}$`;
      // Most abstracts are plain ASCII prose: nothing to escape, and no case to protect.
      if (!protect && !NEEDS_ESCAPE.test(part.text)) return part.text;
      return part.text
        .split(/(\s+)/)
        .map((piece) => (/^\s+$/.test(piece) ? piece : escapeWord(piece, options.dialect, protect)))
        .join('');
    })
    .join('');
}

/** A URL as a field value: kept as written, except the characters TeX would take for a comment or a brace. */
export function toLatexUrl(url: string): string {
  return cleanText(url)
    .replace(/[{}\s]/g, encodeURIComponent)
    .replace(/%/g, '\\%')
    .replace(/#/g, '\\#');
}
