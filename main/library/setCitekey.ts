import { CITEKEY_SQL } from '../db/citekeyQueries';
import type { LibraryDb } from '../db/openLibrary';
import { isValidCitekey } from './citekey';
import { requirePapers } from './paperRefs';
import { ShelfmarkError } from './ShelfmarkError';
import { recordOperation } from './undo';

/** Keys change only when a person says so; a key another paper has, in any case, is refused. */
export function setCitekey(db: LibraryDb, id: number, raw: string): void {
  const citekey = raw.trim();
  if (!isValidCitekey(citekey)) {
    throw new ShelfmarkError(
      'invalid_argument',
      `"${citekey}" cannot be a citation key: use ASCII letters and digits, and - _ : . after the first character.`,
    );
  }
  recordOperation(db, `Change citation key to ${citekey}`, () => {
    requirePapers(db, [id]);
    const holder = db.prepare(CITEKEY_SQL.heldByOther).pluck().get(citekey, id) as string | undefined;
    if (holder !== undefined) {
      throw new ShelfmarkError('invalid_argument', `The key "${citekey}" is already used by "${holder}".`);
    }
    db.prepare('UPDATE papers SET citekey = ?, citekey_provisional = 0, updated_at = ? WHERE id = ?').run(
      citekey,
      new Date().toISOString(),
      id,
    );
  });
}
