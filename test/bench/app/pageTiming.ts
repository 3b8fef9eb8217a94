import type { Page } from '@playwright/test';

/*
 * In-page timing, on the page's own clock: from the key or mouse press that started a step to
 * the first moment (a DOM change or a frame) its outcome shows. The page code is kept as strings:
 * this file is compiled without the DOM's types.
 */

/**
 * Installed before the window loads: remembers when the latest key or mouse button went down, or
 * text went into a field (Playwright's fill() types with no key events).
 */
export const INPUT_CLOCK = `
  window.__benchInputAt = 0;
  for (const type of ['keydown', 'mousedown', 'input'])
    addEventListener(type, () => { window.__benchInputAt = performance.now(); }, true);
`;

/** Page expressions the steps wait for. */
export const firstRowShown = `(() => {
  const row = document.querySelector('[role=listbox][aria-label="Papers"] [role=option]');
  return row !== null && row.getBoundingClientRect().height > 0;
})()`;

export const listStatus = `(document.querySelector('.list-header [role=status]')?.textContent ?? '')`;

/** Results shown, partial ("12 results so far", while the full index is prepared) or full. */
export const resultsShown = `(/^[1-9][\\d,]*\\+? results?/.test(${listStatus}) && ${firstRowShown})`;

/** The full index's results: the note under the search box that they are partial is gone. */
export const fullResultsShown = `(${resultsShown} && !/so far/.test(${listStatus}))`;

export const listShown = `(/\\bpapers?\\b/.test(${listStatus}) && !/result/.test(${listStatus}) && ${firstRowShown})`;

export function queueCount(queue: string): string {
  return `Number((document.querySelector('[data-queue=${queue}] .count')?.textContent ?? '').replace(/\\D/g, ''))`;
}

/** Starts watching for `condition`; call before the input that should bring it about. */
export async function watchFor(page: Page, condition: string): Promise<void> {
  await page.evaluate(`(() => {
    window.__benchDone = new Promise((resolve) => {
      const check = () => {
        let holds = false;
        try { holds = Boolean(${condition}); } catch { holds = false; }
        if (holds) { observer.disconnect(); resolve(performance.now()); }
        return holds;
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const frame = () => { if (!check()) requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    });
  })()`);
}

/** Milliseconds from the last input to the watched condition holding. */
export async function msFromInput(page: Page, timeoutMs = 300_000): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the window did not show the outcome in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const ms = page.evaluate(`window.__benchDone.then((at) => at - window.__benchInputAt)`);
    return Number(await Promise.race([ms, timeout]));
  } finally {
    clearTimeout(timer);
  }
}

/** Node-side wait, each frame, for a condition; for steps that start outside the page (a cold start). */
export async function waitInPage(page: Page, condition: string, timeoutMs = 300_000): Promise<void> {
  await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: timeoutMs });
}

/** The page's live JavaScript heap after a garbage collection, in MB. */
export async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? NaN : used / 1024 / 1024;
}
