import type { KatexOptions } from 'katex';

/**
 * KaTeX as the window uses it. `trust: false` refuses \href, \url, \includegraphics and
 * \html…, so a formula can make no link, load nothing and add no markup of its own; KaTeX
 * escapes everything else it draws. The limits stop a formula from blowing up the page:
 * macros expand at most 200 times, sizes are capped at 20em. Errors are thrown, and the
 * caller shows the formula's source instead (KaTeX's own error output is styled inline).
 */
export const KATEX_OPTIONS: Readonly<KatexOptions> = {
  trust: false,
  throwOnError: true,
  strict: 'ignore',
  maxExpand: 200,
  maxSize: 20,
  output: 'htmlAndMathml',
};
