import { RECORD_FIELDS, type ImportPreview, type ImportResult, type Paper } from '../../preload/api';
import { displayName } from '../record/names';
import { plural } from '../library/paperRefs';

export function formatPaperTable(papers: readonly Paper[]): string {
  if (papers.length === 0) return 'No papers.';
  const idWidth = Math.max(2, ...papers.map((paper) => String(paper.id).length));
  const keyWidth = Math.max(7, ...papers.map((paper) => paper.citekey.length));
  const header = `${'ID'.padStart(idWidth)}  ${'STATUS'.padEnd(7)}  ${'CITEKEY'.padEnd(keyWidth)}  TITLE`;
  const rows = papers.map(
    (paper) =>
      `${String(paper.id).padStart(idWidth)}  ${paper.status.padEnd(7)}  ${paper.citekey.padEnd(keyWidth)}  ${paper.title}`,
  );
  return [header, ...rows].join('\n');
}

export function formatImportResult(result: ImportResult): string {
  return `Added ${plural(result.added, 'paper')} to Unread; ${plural(result.duplicates, 'duplicate')} already in the library.`;
}

export function formatImportPreview(preview: ImportPreview): string {
  const lines = [
    `Would add ${plural(preview.newCount, 'paper')}; ${plural(preview.duplicateCount, 'duplicate')} already in the library (dry run, nothing saved).`,
    ...preview.errors.map((error) => `  error: ${error}`),
  ];
  const tags = preview.keywordTags;
  if (tags && tags.count > 0) {
    lines.push(
      `Would make ${plural(tags.count, 'tag')} from keywords (${tags.newCount} new); --no-keyword-tags keeps them out.`,
    );
  }
  for (const candidate of preview.candidates) {
    lines.push(`  ${candidate.duplicateOf ? 'dup' : 'new'}  ${candidate.title}`);
  }
  return lines.join('\n');
}

/** One paper's record, a line per field that is set, as `edit` and `add` print it. */
export function formatPaperRecord(paper: Paper): string {
  const roles = [...new Set(paper.creators.map((creator) => creator.role))];
  const date = [paper.year, paper.month, paper.day]
    .filter((part): part is number => part !== null)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
  const rows: [string, string | null][] = [
    ['title', paper.title],
    ...roles.map((role): [string, string] => [
      role,
      paper.creators
        .filter((creator) => creator.role === role)
        .map(displayName)
        .join('; '),
    ]),
    ['date', date || null],
    ...RECORD_FIELDS.map((field): [string, string | null] => [field, paper[field]]),
    ...paper.extraFields.map(({ name, value }): [string, string] => [name, value]),
  ];
  const set = rows.filter((row): row is [string, string] => row[1] !== null);
  const width = Math.max(...set.map(([name]) => name.length));
  const key = `${paper.citekey}${paper.citekeyProvisional ? ' (provisional key)' : ''}`;
  return [
    `${key}  @${paper.entryType}  id ${paper.id}, ${paper.status}`,
    ...set.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`),
  ].join('\n');
}
