import { CITEKEY_SQL } from '../db/citekeyQueries';
import type { LibraryDb } from '../db/openLibrary';
import { ShelfmarkError } from './ShelfmarkError';

/** Every id must name a paper; one that doesn't stops the whole change before anything is written. */
export function requirePapers(db: LibraryDb, ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ShelfmarkError('invalid_argument', 'Choose at least one paper.');
  const exists = db.prepare('SELECT 1 FROM papers WHERE id = ?').pluck();
  const missing = unique.filter((id) => exists.get(id) === undefined);
  if (missing.length > 0) {
    throw new ShelfmarkError('not_found', `There is no paper with id ${missing.join(', ')}.`);
  }
  return unique;
}

/** What a person types on the command line: a numeric id or a citation key. */
export function resolvePaperRef(db: LibraryDb, ref: string): number {
  const byId = /^\d+$/.test(ref)
    ? db.prepare('SELECT id FROM papers WHERE id = ?').pluck().get(Number(ref))
    : undefined;
  const id = byId ?? db.prepare(CITEKEY_SQL.idOf).pluck().get(ref);
  if (id === undefined)
    throw new ShelfmarkError('not_found', `No paper has the id or citation key "${ref}".`);
  return id as number;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
