/** What the application bench reports, in the order of issue 12's table, with its targets at 100,000 papers. */
export interface Metric {
  key: string;
  label: string;
  unit: 'ms' | 'MB';
  target: string;
}

const STALL = '… largest server main-thread stall';
const CPU = '… server main-thread CPU time';

export const METRICS: readonly Metric[] = [
  {
    key: 'import_ms',
    label: 'import of the whole library (CLI, one JSON file)',
    unit: 'ms',
    target: '≤ 3 s',
  },
  { key: 'import_cpu_ms', label: '… its CPU time', unit: 'ms', target: '' },
  { key: 'import_peak_rss_mb', label: '… its peak memory', unit: 'MB', target: '' },
  { key: 'library_file_mb', label: 'library file after the import', unit: 'MB', target: '' },
  {
    key: 'daily_check_ms',
    label: 'first open of a day: whole-file check and backup (CLI)',
    unit: 'ms',
    target: '',
  },
  {
    key: 'paste_ms',
    label: 'pasting a 250-paper page (Add → counts updated)',
    unit: 'ms',
    target: '≤ 0.2 s',
  },
  { key: 'paste_stall_ms', label: STALL, unit: 'ms', target: '' },
  { key: 'paste_cpu_ms', label: CPU, unit: 'ms', target: '' },
  { key: 'cold_first_row_ms', label: 'cold start → first row visible', unit: 'ms', target: '≤ 1 s' },
  { key: 'cold_first_search_ms', label: 'cold start → first search results', unit: 'ms', target: '' },
  {
    key: 'first_search_after_row_ms',
    label: '… of which after the list shows',
    unit: 'ms',
    target: '≤ 0.1 s',
  },
  { key: 'start_stall_ms', label: STALL, unit: 'ms', target: '' },
  { key: 'start_cpu_ms', label: CPU, unit: 'ms', target: '' },
  { key: 'cli_search_ms', label: '`shelfmark search` (CLI, one query)', unit: 'ms', target: '≤ 0.3 s' },
  { key: 'cli_search_cpu_ms', label: '… its CPU time', unit: 'ms', target: '' },
  { key: 'triage_ms', label: 'key `3` → counts updated', unit: 'ms', target: '≤ 50 ms' },
  { key: 'triage_stall_ms', label: STALL, unit: 'ms', target: '' },
  { key: 'triage_cpu_ms', label: CPU, unit: 'ms', target: '' },
  { key: 'clear_search_ms', label: 'clearing the search → list shown', unit: 'ms', target: '≤ 50 ms' },
  { key: 'clear_search_stall_ms', label: STALL, unit: 'ms', target: '' },
  { key: 'clear_search_cpu_ms', label: CPU, unit: 'ms', target: '' },
  {
    key: 'export_window_ms',
    label: 'export from the window (all, BibTeX): click → file',
    unit: 'ms',
    target: 'streamed',
  },
  { key: 'export_window_stall_ms', label: STALL, unit: 'ms', target: '≤ 50 ms' },
  { key: 'export_window_cpu_ms', label: CPU, unit: 'ms', target: '' },
  { key: 'export_cli_ms', label: '`export --format bibtex` (CLI, all)', unit: 'ms', target: '' },
  { key: 'export_cli_cpu_ms', label: '… its CPU time', unit: 'ms', target: '' },
  { key: 'export_cli_peak_rss_mb', label: '… its peak memory', unit: 'MB', target: '≤ 200 MB' },
  { key: 'server_rss_mb', label: 'server memory at rest after start', unit: 'MB', target: '≤ 300 MB' },
  { key: 'page_heap_mb', label: 'page JS heap after start', unit: 'MB', target: '' },
];
