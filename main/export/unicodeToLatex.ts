/** Combining marks and the LaTeX accent commands that draw them. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};

/** Letters and signs with a text-mode command of their own. */
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  å: '{\\aa}',
  Å: '{\\AA}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
  þ: '{\\th}',
  Þ: '{\\TH}',
  ð: '{\\dh}',
  Ð: '{\\DH}',
  '™': '\\texttrademark{}',
  '®': '\\textregistered{}',
  '\u2013': '\\textendash{}',
  '\u2014': '\\textemdash{}',
  // Named commands rather than ` ' `` '': BibTeX parsers read them back as the same characters.
  '\u2018': '\\textquoteleft{}',
  '\u2019': '\\textquoteright{}',
  '\u201C': '\\textquotedblleft{}',
  '\u201D': '\\textquotedblright{}',
  '\u2026': '{\\ldots}',
  '\u00A0': '~',
  '\u00A7': '{\\S}',
  '\u00B6': '{\\P}',
  '\u00A9': '{\\copyright}',
  '\u00A3': '{\\pounds}',
  '\u2020': '{\\dag}',
  '\u2021': '{\\ddag}',
  '\u00BF': '{?`}',
  '\u00A1': '{!`}',
  '\u00AB': '{<<}',
  '\u00BB': '{>>}',
};

/** Signs that only math mode draws. */
const MATH: Record<string, string> = {
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\epsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  τ: '\\tau',
  φ: '\\phi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Ξ: '\\Xi',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
  '×': '\\times',
  '÷': '\\div',
  '±': '\\pm',
  '≤': '\\leq',
  '≥': '\\geq',
  '≠': '\\neq',
  '≈': '\\approx',
  '∞': '\\infty',
  '→': '\\rightarrow',
  '←': '\\leftarrow',
  '↔': '\\leftrightarrow',
  '∈': '\\in',
  '∑': '\\sum',
  '∏': '\\prod',
  '√': '\\surd',
  '°': '^\\circ',
  '·': '\\cdot',
  '′': '\\prime',
  '∂': '\\partial',
  '∇': '\\nabla',
  '∀': '\\forall',
  '∃': '\\exists',
};

/** What stands in for a character that no pdfLaTeX font can draw without packages (CJK, emoji, RTL scripts). */
const UNREPRESENTABLE = '?';

/**
 * One character as LaTeX that plain pdfLaTeX and BibTeX accept, without packages:
 * accent commands, letter commands, math-mode signs, or a compatibility form.
 */
export function latexForChar(char: string): string {
  if (char.charCodeAt(0) < 0x80) return char;
  const letter = LETTERS[char];
  if (letter) return letter;
  const math = MATH[char];
  if (math) return `$${math}$`;
  const [base = '', ...marks] = [...char.normalize('NFD')];
  if (marks.length > 0 && base.charCodeAt(0) < 0x80 && marks.every((mark) => ACCENTS[mark])) {
    // {\"{u}}: braced whole, so BibTeX sorts and case-changes it as one letter.
    const body = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
    return `{${marks.reduce((inner, mark) => `\\${ACCENTS[mark] ?? ''}{${inner}}`, body)}}`;
  }
  const compatible = char.normalize('NFKD');
  if (compatible !== char && /^[\x20-\x7E]+$/.test(compatible)) return compatible;
  return UNREPRESENTABLE;
}
