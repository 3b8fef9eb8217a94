import type Katex from 'katex';

export type KatexModule = typeof Katex;

let loaded: KatexModule | undefined;
let loading: Promise<KatexModule> | undefined;

/** KaTeX once it has arrived, so a formula drawn again (a list row re-rendered) is drawn at once. */
export function loadedKatex(): KatexModule | undefined {
  return loaded;
}

/**
 * Fetches KaTeX (its own chunk, ~260 KB, and its styles) the first time a text holds math: most lists have none,
 * and the page's start should not parse a renderer it may never use. A failed fetch is retried
 * by the next formula.
 */
export function loadKatex(): Promise<KatexModule> {
  loading ??= import('./katexChunk').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
