import type { ImportPreview, ImportResult, Paper } from '../../preload/api';
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
  for (const candidate of preview.candidates) {
    lines.push(`  ${candidate.duplicateOf ? 'dup' : 'new'}  ${candidate.title}`);
  }
  return lines.join('\n');
}
