import type { EntryType } from '../../preload/api';

/** BibTeX entry types as RIS types (as EndNote and Mendeley read them), and back; the rest are GEN. */
const TO_RIS: Partial<Record<EntryType, string>> = {
  article: 'JOUR',
  book: 'BOOK',
  mvbook: 'BOOK',
  booklet: 'PAMP',
  inbook: 'CHAP',
  incollection: 'CHAP',
  bookinbook: 'CHAP',
  inproceedings: 'CPAPER',
  conference: 'CPAPER',
  proceedings: 'CONF',
  collection: 'EDBOOK',
  manual: 'RPRT',
  techreport: 'RPRT',
  report: 'RPRT',
  mastersthesis: 'THES',
  phdthesis: 'THES',
  thesis: 'THES',
  unpublished: 'UNPB',
  online: 'ELEC',
  www: 'ELEC',
  electronic: 'ELEC',
  dataset: 'DATA',
  software: 'COMP',
  patent: 'PAT',
  standard: 'STAND',
  misc: 'GEN',
};

const FROM_RIS: Record<string, EntryType> = {
  JOUR: 'article',
  JFULL: 'article',
  MGZN: 'article',
  NEWS: 'article',
  EJOUR: 'article',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'collection',
  PAMP: 'booklet',
  CHAP: 'incollection',
  ECHAP: 'incollection',
  CPAPER: 'inproceedings',
  CONF: 'proceedings',
  RPRT: 'techreport',
  THES: 'phdthesis',
  UNPB: 'unpublished',
  MANSCPT: 'unpublished',
  ELEC: 'online',
  WEB: 'online',
  BLOG: 'online',
  DATA: 'dataset',
  COMP: 'software',
  PAT: 'patent',
  STAND: 'standard',
  GEN: 'misc',
};

export function risType(type: EntryType): string {
  return TO_RIS[type] ?? 'GEN';
}

export function entryTypeOfRis(type: string): EntryType {
  const key = type.trim().toUpperCase();
  return Object.hasOwn(FROM_RIS, key) ? (FROM_RIS[key] ?? 'misc') : 'misc';
}
