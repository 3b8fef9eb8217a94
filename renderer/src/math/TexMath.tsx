import katex from 'katex';
import { useLayoutEffect, useRef } from 'react';
import { KATEX_OPTIONS } from './katexOptions';

/**
 * One formula, drawn by KaTeX into the DOM (katex.render builds nodes and sets their
 * styles through the CSSOM, so the CSP's style-src needs no 'unsafe-inline'). A formula
 * KaTeX can't read is shown as its source text.
 */
export function TexMath({ tex, display, source }: { tex: string; display: boolean; source: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      katex.render(tex, element, { ...KATEX_OPTIONS, displayMode: display });
      element.removeAttribute('title');
    } catch (error) {
      element.textContent = source;
      element.title = error instanceof Error ? error.message : 'This formula could not be read.';
    }
  }, [tex, display, source]);
  // Chromium gives KaTeX's MathML no accessible text, so a title would be read as "Learning -Values":
  // the formula is one image whose name is its TeX.
  return (
    <span ref={ref} role="img" aria-label={tex} className={display ? 'tex-math tex-display' : 'tex-math'} />
  );
}
