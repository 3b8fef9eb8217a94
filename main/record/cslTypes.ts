import type { CreatorRole, EntryType } from '../../preload/api';

/**
 * BibTeX entry types as CSL types (as Better BibTeX and citeproc-js map them), and back. A type
 * with no CSL counterpart becomes `document` on export; an unknown CSL type is read as misc.
 */
const TO_CSL: Partial<Record<EntryType, string>> = {
  article: 'article-journal',
  book: 'book',
  mvbook: 'book',
  booklet: 'pamphlet',
  inbook: 'chapter',
  incollection: 'chapter',
  bookinbook: 'chapter',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  proceedings: 'book',
  collection: 'book',
  manual: 'report',
  techreport: 'report',
  report: 'report',
  mastersthesis: 'thesis',
  phdthesis: 'thesis',
  thesis: 'thesis',
  unpublished: 'manuscript',
  online: 'webpage',
  www: 'webpage',
  electronic: 'webpage',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
  periodical: 'periodical',
  reference: 'book',
  inreference: 'entry-encyclopedia',
  standard: 'standard',
  review: 'review',
  misc: 'document',
};

const FROM_CSL: Record<string, EntryType> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'misc',
  book: 'book',
  pamphlet: 'booklet',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  report: 'techreport',
  thesis: 'phdthesis',
  manuscript: 'unpublished',
  webpage: 'online',
  'post-weblog': 'online',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
  periodical: 'periodical',
  'entry-encyclopedia': 'inreference',
  'entry-dictionary': 'inreference',
  standard: 'standard',
  review: 'review',
  document: 'misc',
};

export function cslType(type: EntryType): string {
  return TO_CSL[type] ?? 'document';
}

export function entryTypeOfCsl(type: unknown): EntryType {
  // Own keys only: a type named "constructor" is not Object's constructor.
  return typeof type === 'string' && Object.hasOwn(FROM_CSL, type) ? (FROM_CSL[type] ?? 'misc') : 'misc';
}

/** The CSL name variables Shelfmark's roles map to; the others have none. */
export const CSL_ROLES: Partial<Record<CreatorRole, string>> = {
  author: 'author',
  editor: 'editor',
  translator: 'translator',
  bookauthor: 'container-author',
};
