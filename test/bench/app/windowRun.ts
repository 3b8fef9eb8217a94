import type { Browser } from '@playwright/test';
import {
  pageHeapMb,
  firstRowShown,
  fullResultsShown,
  INPUT_CLOCK,
  listStatus,
  msFromInput,
  resultsShown,
  waitInPage,
  watchFor,
} from './pageTiming';
import { mainThreadCpuMs, residentMb } from './processFigures';
import { startServedApp, type ServedApp } from './servedApp';
import { clearSearch, exportFromWindow, pastePage, triageKey } from './windowSteps';

const LONG = 300_000;

/**
 * One cold start of the served window on the library, then a person's steps in it. Returns the
 * figures by metric key (see metrics.ts).
 */
export async function windowRun(
  browser: Browser,
  root: string,
  db: string,
  query: string,
  pastedPage: string,
): Promise<Record<string, number>> {
  // The page's steps are watched with expressions in strings (this code has no DOM types), which
  // the window's Content Security Policy would refuse to evaluate.
  const context = await browser.newContext({
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    bypassCSP: true,
  });
  let app: ServedApp | undefined;
  try {
    await context.addInitScript(INPUT_CLOCK);
    const page = await context.newPage();
    const started = performance.now();
    app = await startServedApp(root, db);
    await page.goto(app.url);
    await waitInPage(page, firstRowShown, LONG);
    const firstRow = performance.now() - started;
    await watchFor(page, resultsShown);
    await page.getByLabel('Search papers').fill(query);
    const firstSearchFromInput = await msFromInput(page, LONG);
    const firstSearch = performance.now() - started;
    console.log(`  first answer shown: "${String(await page.evaluate(listStatus))}"`);
    // While the index is being prepared the first results are partial; the full ones replace them.
    await waitInPage(page, fullResultsShown, LONG);
    const firstFullSearch = performance.now() - started;
    const startStall = await app.takeStall();
    const startCpu = mainThreadCpuMs(app.pid);
    await new Promise((settle) => setTimeout(settle, 1000));
    const figures: Record<string, number> = {
      cold_first_row_ms: firstRow,
      cold_first_search_ms: firstSearch,
      first_search_ms: firstSearchFromInput,
      first_search_after_row_ms: firstSearch - firstRow,
      first_full_search_after_row_ms: firstFullSearch - firstRow,
      start_stall_ms: startStall,
      start_cpu_ms: startCpu,
      server_rss_mb: residentMb(app.pid),
      page_heap_mb: await pageHeapMb(page),
    };

    const cleared = await clearSearch(page, app);
    figures.clear_search_ms = cleared.value;
    figures.clear_search_stall_ms = cleared.stallMs;
    figures.clear_search_cpu_ms = cleared.cpuMs;

    const triaged = await triageKey(page, app);
    figures.triage_ms = triaged.value;
    figures.triage_stall_ms = triaged.stallMs;
    figures.triage_cpu_ms = triaged.cpuMs;

    const pasted = await pastePage(page, app, pastedPage);
    figures.paste_ms = pasted.value;
    figures.paste_stall_ms = pasted.stallMs;
    figures.paste_cpu_ms = pasted.cpuMs;
    figures.paste_added = pasted.added;

    const exported = await exportFromWindow(page, app);
    figures.export_window_ms = exported.value;
    figures.export_window_cpu_ms = exported.cpuMs;
    figures.export_window_stall_ms = exported.stallMs;
    return figures;
  } finally {
    await app?.stop();
    await context.close();
  }
}
