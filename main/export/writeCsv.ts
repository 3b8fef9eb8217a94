import type { Paper } from '../../preload/api';

const COLUMNS: [string, (paper: Paper) => string | number | null][] = [
  ['citekey', (paper) => paper.citekey],
  ['title', (paper) => paper.title],
  ['authors', (paper) => paper.authors.join('; ')],
  ['year', (paper) => paper.year],
  ['venue', (paper) => paper.venue],
  ['status', (paper) => paper.status],
  ['tags', (paper) => paper.tags.join('; ')],
  ['url', (paper) => paper.url],
  ['code_url', (paper) => paper.codeUrl],
  ['arxiv_id', (paper) => paper.arxivId],
  ['doi', (paper) => paper.doi],
  ['added_at', (paper) => paper.addedAt],
  ['reading_at', (paper) => paper.readingAt],
  ['read_at', (paper) => paper.readAt],
  ['abstract', (paper) => paper.abstract],
  [
    'notes',
    (paper) =>
      paper.notes.map((note) => (note.quote ? `On "${note.quote}": ${note.body}` : note.body)).join('\n\n'),
  ],
];

/**
 * One RFC 4180 field. A value a spreadsheet would run as a formula (= + - @ first) is
 * prefixed with ' so opening the file runs nothing.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(papers: readonly Paper[]): string {
  const header = COLUMNS.map(([name]) => name).join(',');
  const rows = papers.map((paper) => COLUMNS.map(([, get]) => field(get(paper))).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** The same file as writeCsv, one chunk per batch. */
export function* csvChunks(batches: Iterable<readonly Paper[]>): Generator<string> {
  yield `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for (const batch of batches)
    yield batch.map((paper) => `${COLUMNS.map(([, get]) => field(get(paper))).join(',')}\r\n`).join('');
}
