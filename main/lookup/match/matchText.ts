const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

/** LaTeX commands that only format their argument: the argument is kept, the name dropped. */
const FORMATTING = /\\(?:text[a-z]*|math[a-z]*|emph|mbox|url|operatorname|bm|boldsymbol)\b/g;

/**
 * Text as two titles are compared: LaTeX markup and math delimiters gone (commands that name a
 * symbol, \alpha, kept as words), Greek letters spelled out, accents folded, case and punctuation
 * ignored. Words are separated by single spaces.
 */
export function matchText(text: string): string {
  return text
    .replace(FORMATTING, ' ')
    .replace(/\\[^a-zA-Z\s]/g, '') // accent commands: \' \" \^ \` \~ \= \.
    .replace(/\\([a-zA-Z]+)/g, ' $1 ')
    .replace(/[\p{Script=Greek}]/gu, (letter) => ` ${GREEK[letter.toLowerCase()] ?? letter} `)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const normal = matchText(text);
  return normal === '' ? [] : normal.split(' ');
}
