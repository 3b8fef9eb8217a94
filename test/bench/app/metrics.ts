/** What the application bench reports, in the order of issue 12's table, with its targets at 100,000 papers. */
export interface Metric {
  key: string;
  label: string;
  unit: 'ms' | 'MB';
  target: string;
}

const ms = (key: string, label: string, target = ''): Metric => ({ key, label, unit: 'ms', target });
const mb = (key: string, label: string, target = ''): Metric => ({ key, label, unit: 'MB', target });

/** What a step cost the server's main thread: its largest stall and its CPU time. */
function serverCost(step: string, stallTarget = ''): Metric[] {
  return [
    ms(`${step}_stall_ms`, '… largest server main-thread stall', stallTarget),
    ms(`${step}_cpu_ms`, '… server main-thread CPU time'),
  ];
}

/** A step in the served window: its time, then what it cost the server. */
function windowStep(step: string, label: string, target = '', stallTarget = ''): Metric[] {
  return [ms(`${step}_ms`, label, target), ...serverCost(step, stallTarget)];
}

/** A CLI command: its time, then its CPU time. */
function cliRun(run: string, label: string, target = ''): Metric[] {
  return [ms(`${run}_ms`, label, target), ms(`${run}_cpu_ms`, '… its CPU time')];
}

export const METRICS: readonly Metric[] = [
  ...cliRun('import', 'import of the whole library (CLI, one JSON file)', '≤ 3 s'),
  mb('import_peak_rss_mb', '… its peak memory'),
  mb('library_file_mb', 'library file after the import'),
  ms('daily_check_ms', 'first open of a day: whole-file check and backup (CLI)'),
  ...windowStep('paste', 'pasting a 250-paper page (Add → counts updated)', '≤ 0.2 s'),
  ms('cold_first_row_ms', 'cold start → first row visible', '≤ 1 s'),
  ms('cold_first_search_ms', 'cold start → first search results (partial or full)'),
  ms('first_search_ms', '… the search typed as the list shows: typing → results', '≤ 0.1 s'),
  ms('first_search_after_row_ms', '… list shown → results, the bench typing it included'),
  ms('first_full_search_after_row_ms', '… full results (whole index) after the list shows', '≤ 0.1 s'),
  ...serverCost('start'),
  ...cliRun('cli_search', '`shelfmark search` (CLI, one query)', '≤ 0.3 s'),
  ...windowStep('triage', 'key `3` → counts updated', '≤ 50 ms'),
  ...windowStep('clear_search', 'clearing the search → list shown', '≤ 50 ms'),
  ...windowStep('export_window', 'export from the window (all, BibTeX): click → file', 'streamed', '≤ 50 ms'),
  ...cliRun('export_cli', '`export --format bibtex` (CLI, all)'),
  mb('export_cli_peak_rss_mb', '… its peak memory', '≤ 200 MB'),
  mb('server_rss_mb', 'server memory at rest after start', '≤ 300 MB'),
  mb('page_heap_mb', 'page JS heap after start'),
];
