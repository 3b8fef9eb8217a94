import type { TagRenamePreview, TagRenameResult, TaggingResult, TagSummary } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { plural, requirePapers } from './paperRefs';
import { ShelfmarkError } from './ShelfmarkError';
import { recordOperation } from './undo';

const MAX_TAG_LENGTH = 100;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Tag names are trimmed, inner white space folded, and compared without regard to case. */
export function normalizeTagName(raw: string): string {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') throw new ShelfmarkError('invalid_argument', 'A tag needs a name.');
  if (name.length > MAX_TAG_LENGTH) {
    throw new ShelfmarkError('invalid_argument', `Tag names are at most ${MAX_TAG_LENGTH} characters.`);
  }
  return name;
}

function findTag(db: LibraryDb, name: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM tags WHERE name = ? COLLATE NOCASE').get(name) as
    { id: number; name: string } | undefined;
}

function requireTag(db: LibraryDb, raw: string): { id: number; name: string } {
  const name = normalizeTagName(raw);
  const tag = findTag(db, name);
  if (!tag) throw new ShelfmarkError('not_found', `There is no tag "${name}".`);
  return tag;
}

/** The tag's id, creating it (with a color, when given) if the library has none of that name. */
export function ensureTag(db: LibraryDb, name: string, color: string | null = null): number {
  const existing = findTag(db, name);
  if (existing) return existing.id;
  return Number(db.prepare('INSERT INTO tags (name, color) VALUES (?, ?)').run(name, color).lastInsertRowid);
}

/** Every tag with how many papers carry it, read from `tag_counts` (kept by triggers), not counted. */
export function listTags(db: LibraryDb): TagSummary[] {
  return db
    .prepare(
      `SELECT t.name, t.color, coalesce(c.n, 0) AS count
       FROM tags t LEFT JOIN tag_counts c ON c.tag_id = t.id
       ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as TagSummary[];
}

/**
 * Adds the tags to every paper. A name that matches an existing tag in another spelling
 * ("rl" when "RL" exists) adds that tag, and the result and the undo label say so.
 */
export function addTags(db: LibraryDb, paperIds: readonly number[], names: readonly string[]): TaggingResult {
  const typed = [...new Set(names.map(normalizeTagName))];
  if (typed.length === 0) throw new ShelfmarkError('invalid_argument', 'A tag needs a name.');
  const existing = typed.flatMap((name) => {
    const tag = findTag(db, name);
    return tag && tag.name !== name ? [{ typed: name, tag: tag.name }] : [];
  });
  const spelled = new Map(existing.map(({ typed: name, tag }) => [name, tag]));
  const tags = [...new Set(typed.map((name) => spelled.get(name) ?? name))];
  const note = existing.map(({ typed: name, tag }) => `the existing tag ${tag} for “${name}”`).join('; ');
  const label = `Tag ${plural(paperIds.length, 'paper')} ${tags.join(', ')}${note ? ` (${note})` : ''}`;
  const added = recordOperation(db, label, () => {
    const papers = requirePapers(db, paperIds);
    const link = db.prepare('INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)');
    let links = 0;
    for (const name of tags) {
      const tagId = ensureTag(db, name);
      for (const paperId of papers) links += link.run(paperId, tagId).changes;
    }
    return links;
  });
  return { tags, existing, added };
}

export function removeTags(db: LibraryDb, paperIds: readonly number[], names: readonly string[]): void {
  const tags = [...new Set(names.map(normalizeTagName))];
  recordOperation(db, `Untag ${plural(paperIds.length, 'paper')} ${tags.join(', ')}`, () => {
    const papers = requirePapers(db, paperIds);
    const unlink = db.prepare('DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?');
    for (const name of tags) {
      const tag = requireTag(db, name);
      for (const paperId of papers) unlink.run(paperId, tag.id);
    }
  });
}

/** The tag a rename would land on, if it is another tag than the one renamed. */
function mergeTarget(db: LibraryDb, sourceId: number, newName: string): { id: number; name: string } | null {
  const target = findTag(db, newName);
  return target && target.id !== sourceId ? target : null;
}

/** What renaming would do, so the window can ask before a merge: both names and the papers the result will carry. */
export function previewTagRename(db: LibraryDb, from: string, to: string): TagRenamePreview {
  const newName = normalizeTagName(to);
  const source = requireTag(db, from);
  const target = mergeTarget(db, source.id, newName);
  const papers = db
    .prepare('SELECT count(DISTINCT paper_id) FROM paper_tags WHERE tag_id IN (?, ?)')
    .pluck()
    .get(source.id, target?.id ?? source.id) as number;
  return { from: source.name, to: target?.name ?? newName, merge: target !== null, papers };
}

/**
 * Renaming onto another tag's name merges the two (its papers get the other tag), but only
 * when the merge is asked for: otherwise it is refused with `tag_exists` and nothing changes.
 */
export function renameTag(
  db: LibraryDb,
  from: string,
  to: string,
  { merge = false }: { merge?: boolean } = {},
): TagRenameResult {
  const preview = previewTagRename(db, from, to);
  if (preview.merge && !merge) {
    throw new ShelfmarkError(
      'tag_exists',
      `A tag “${preview.to}” already exists. Merge “${preview.from}” into it? ${plural(preview.papers, 'paper')} would carry “${preview.to}”.`,
    );
  }
  const label = preview.merge
    ? `Merge tag ${preview.from} into ${preview.to}`
    : `Rename tag ${preview.from} to ${preview.to}`;
  recordOperation(db, label, () => {
    const source = requireTag(db, from);
    const target = mergeTarget(db, source.id, preview.to);
    if (!target) {
      db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(preview.to, source.id);
      return;
    }
    db.prepare(
      'INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT paper_id, ? FROM paper_tags WHERE tag_id = ?',
    ).run(target.id, source.id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(source.id);
  });
  return { name: preview.to, merged: preview.merge };
}

/** Returns how many papers carried the tag. */
export function deleteTag(db: LibraryDb, name: string): number {
  return recordOperation(db, `Delete tag ${name.trim()}`, () => {
    const tag = requireTag(db, name);
    const count = db
      .prepare('SELECT count(*) FROM paper_tags WHERE tag_id = ?')
      .pluck()
      .get(tag.id) as number;
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
    return count;
  });
}

export function setTagColor(db: LibraryDb, name: string, color: string | null): void {
  if (color !== null && !COLOR.test(color)) {
    throw new ShelfmarkError('invalid_argument', `A tag color is written #rrggbb, not "${color}".`);
  }
  recordOperation(db, `Color tag ${name.trim()}`, () => {
    const tag = requireTag(db, name);
    db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color?.toLowerCase() ?? null, tag.id);
  });
}
