import type { LookupFieldValue, LookupJobProgress, LookupSource } from '../../../preload/api';
import { plural } from '../plural';
import { displayName } from '../record/creatorNames';

export const SOURCE_NAMES: Readonly<Record<LookupSource, string>> = {
  arxiv: 'arXiv',
  semanticScholar: 'Semantic Scholar',
  crossref: 'Crossref',
  dblp: 'DBLP',
  openReview: 'OpenReview',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  authors: 'Authors',
  year: 'Year',
  month: 'Month',
  abstract: 'Abstract',
  entryType: 'Type',
  doi: 'DOI',
  eprint: 'arXiv id',
  archivePrefix: 'Archive',
  primaryClass: 'arXiv category',
  url: 'URL',
  journal: 'Journal',
  booktitle: 'Book title',
  volume: 'Volume',
  number: 'Number',
  pages: 'Pages',
  publisher: 'Publisher',
  issn: 'ISSN',
  isbn: 'ISBN',
};

export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field;

/** A field's value as the review shows it: names given-first, "—" for nothing. */
export function fieldText(value: LookupFieldValue): string {
  if (value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(displayName).join(', ');
  return String(value);
}

/** The line under the progress bar while a job runs. */
export function progressLine(progress: LookupJobProgress): string {
  const counts = [
    `${progress.applied} filled in`,
    `${progress.review} for review`,
    ...(progress.rejected > 0 ? [`${progress.rejected} without a match`] : []),
    ...(progress.failed > 0 ? [`${progress.failed} failed`] : []),
  ];
  const verb = progress.state === 'cancelling' ? 'Stopping after this paper' : 'Looking up';
  return `${verb}: ${progress.done} of ${plural(progress.total, 'paper')} (${counts.join(', ')})`;
}

/** What a finished, cancelled or stopped job did, in the toasts' style (no final period). */
export function jobSummary(progress: LookupJobProgress): string {
  if (progress.total === 0) return progress.message ?? 'Nothing to look up';
  if (progress.state === 'stopped')
    return `The lookup stopped after ${progress.done} of ${plural(progress.total, 'paper')}: ${progress.message ?? ''}`;
  const parts = [
    progress.applied > 0 ? `Filled in ${plural(progress.applied, 'paper')}` : 'Nothing filled in',
    ...(progress.review > 0
      ? [progress.review === 1 ? '1 match waits for review' : `${progress.review} matches wait for review`]
      : []),
    ...(progress.rejected > 0 ? [`${progress.rejected} without a match`] : []),
    ...(progress.failed > 0 ? [`${progress.failed} could not be looked up`] : []),
    ...(progress.state === 'cancelled' ? [`stopped after ${progress.done} of ${progress.total}`] : []),
  ];
  return parts.join('; ');
}
