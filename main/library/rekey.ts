import type { RekeyChange } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { listPapers } from '../db/paperQueries';
import { isProvisionalKey, uniqueCitekey } from './citekey';
import { plural, requirePapers } from './paperRefs';
import { recordOperation } from './undo';

interface Plan {
  changes: RekeyChange[];
  /** Every paper looked at, with whether its key (new or kept) is still provisional. */
  provisional: Map<number, boolean>;
}

/**
 * The key each paper would get from its record now. Without ids: every paper whose key is
 * provisional. A key another paper holds, or one given earlier in the same plan, is not reused.
 */
function plan(db: LibraryDb, ids: readonly number[] | undefined): Plan {
  const wanted = ids ? new Set(requirePapers(db, ids)) : null;
  const papers = listPapers(db).filter((paper) => (wanted ? wanted.has(paper.id) : paper.citekeyProvisional));
  const taken = new Map(listPapers(db).map((paper) => [paper.citekey.toLowerCase(), paper.id]));
  const changes: RekeyChange[] = [];
  const provisional = new Map<number, boolean>();
  for (const paper of papers) {
    const source = { title: paper.title, authors: paper.authors, year: paper.year };
    const isTaken = (key: string) => {
      const holder = taken.get(key.toLowerCase());
      return holder !== undefined && holder !== paper.id;
    };
    const key = uniqueCitekey(source, isTaken);
    provisional.set(paper.id, isProvisionalKey(source));
    if (key === paper.citekey) continue;
    taken.delete(paper.citekey.toLowerCase());
    taken.set(key.toLowerCase(), paper.id);
    changes.push({ id: paper.id, title: paper.title, from: paper.citekey, to: key });
  }
  return { changes, provisional };
}

/** What `applyRekey` would change; changes nothing. */
export function previewRekey(db: LibraryDb, ids?: readonly number[]): RekeyChange[] {
  return plan(db, ids).changes;
}

/** Gives the papers the keys their records make now, as one undoable step; returns what changed. */
export function applyRekey(db: LibraryDb, ids?: readonly number[], now = new Date()): RekeyChange[] {
  return recordOperation(
    db,
    (changes: RekeyChange[]) =>
      changes.length === 1 && changes[0]
        ? `Change citation key to ${changes[0].to}`
        : `Update ${plural(changes.length, 'citation key')}`,
    () => {
      const { changes, provisional } = plan(db, ids);
      const setKey = db.prepare('UPDATE papers SET citekey = ?, updated_at = ? WHERE id = ?');
      const setProvisional = db.prepare(
        'UPDATE papers SET citekey_provisional = ? WHERE id = ? AND citekey_provisional <> ?',
      );
      // In plan order: a key is only given once the paper holding it has moved off it.
      for (const change of changes) setKey.run(change.to, now.toISOString(), change.id);
      for (const [id, still] of provisional) setProvisional.run(still ? 1 : 0, id, still ? 1 : 0);
      return changes;
    },
  );
}
