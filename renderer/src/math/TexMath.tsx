import { useLayoutEffect, useRef } from 'react';
import { KATEX_OPTIONS } from './katexOptions';
import { loadedKatex, loadKatex, type KatexModule } from './loadKatex';

/**
 * One formula, drawn by KaTeX into the DOM (katex.render builds nodes and sets their
 * styles through the CSSOM, so the CSP's style-src needs no 'unsafe-inline'). A formula
 * KaTeX can't read is shown as its source text; so is every formula while KaTeX is still
 * being fetched (only the first time math appears, see loadKatex).
 */
export function TexMath({ tex, display, source }: { tex: string; display: boolean; source: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const draw = (katex: KatexModule) => {
      try {
        katex.render(tex, element, { ...KATEX_OPTIONS, displayMode: display });
        element.removeAttribute('title');
      } catch (error) {
        showSource(
          element,
          source,
          error instanceof Error ? error.message : 'This formula could not be read.',
        );
      }
    };
    const katex = loadedKatex();
    if (katex) {
      draw(katex);
      return;
    }
    let current = true;
    element.textContent = source;
    loadKatex().then(
      (module) => {
        if (current) draw(module);
      },
      () => {
        if (current) showSource(element, source, 'The formula renderer could not be loaded.');
      },
    );
    return () => {
      current = false;
    };
  }, [tex, display, source]);
  // Chromium gives KaTeX's MathML no accessible text, so a title would be read as "Learning -Values":
  // the formula is one image whose name is its TeX.
  return (
    <span ref={ref} role="img" aria-label={tex} className={display ? 'tex-math tex-display' : 'tex-math'} />
  );
}

function showSource(element: HTMLElement, source: string, why: string): void {
  element.textContent = source;
  element.title = why;
}
