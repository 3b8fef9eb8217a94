import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/db/openLibrary';
import { deletePapers } from '../../main/library/deletePapers';
import { editPaper } from '../../main/library/editPaper';
import { commitImport } from '../../main/library/importText';
import { addNote, updateNote } from '../../main/library/notes';
import { setStatus } from '../../main/library/queues';
import { addTags, deleteTag, renameTag } from '../../main/library/tags';
import { UNDO_DEPTH, recordOperation, redo, undo } from '../../main/library/undo';
import { SearchService } from '../../main/search/SearchService';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seededLibrary = useSeededLibrary();

function seeded() {
  const { db, path, ids } = seededLibrary();
  const service = new SearchService(db);
  const find = (query: string) => service.search({ query }).hits.map((hit) => hit.id);
  return { db, path, ids, service, find };
}

describe('SearchService keeps the index current', () => {
  it('finds papers as they are imported, tagged, noted, moved and deleted', async () => {
    const { db, ids, service, find } = seeded();
    expect(find('zeta')).toEqual([ids[0]]);
    await commitImport(db, 'Kiwi Fruit Reinforcement');
    expect(find('kiwi')).toHaveLength(1);
    addTags(db, [ids[1]], ['favourite']);
    expect(find('tag:favourite')).toEqual([ids[1]]);
    const note = addNote(db, ids[2], 'mango');
    expect(find('mango')).toEqual([ids[2]]);
    updateNote(db, note.id, 'papaya');
    expect(find('mango')).toEqual([]);
    expect(find('papaya')).toEqual([ids[2]]);
    setStatus(db, [ids[2]], 'read');
    expect(service.search({ query: 'papaya', status: 'unread' }).hits).toEqual([]);
    deletePapers(db, [ids[2]]);
    expect(find('papaya')).toEqual([]);
  });

  it('follows tag renames and deletions to every paper that carries the tag', () => {
    const { db, ids, find } = seeded();
    addTags(db, [ids[0], ids[1]], ['draft']);
    expect(find('tag:draft')).toHaveLength(2);
    renameTag(db, 'draft', 'final');
    expect(find('tag:draft')).toEqual([]);
    expect(find('final')).toHaveLength(2);
    deleteTag(db, 'final');
    expect(find('final')).toEqual([]);
  });

  it('follows undo and redo', () => {
    const { db, ids, find } = seeded();
    addTags(db, [ids[0]], ['walnut']);
    expect(find('walnut')).toEqual([ids[0]]);
    undo(db);
    expect(find('walnut')).toEqual([]);
    redo(db);
    expect(find('walnut')).toEqual([ids[0]]);
  });

  it('sees what another process (the CLI, say) changed in the same file', () => {
    const { path, ids, find } = seeded();
    const other = openLibrary(path);
    try {
      addTags(other, [ids[1]], ['hazelnut']);
      expect(find('hazelnut')).toEqual([ids[1]]);
      undo(other);
      expect(find('hazelnut')).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('re-indexes a paper whose authors, year or venue change, and follows undo', () => {
    const { db, ids, find } = seeded();
    expect(find('author:lipford')).toEqual([]);
    editPaper(db, ids[1], { creators: [{ role: 'author', name: 'Heather Richter Lipford' }] });
    expect(find('author:lipford')).toEqual([ids[1]]);
    expect(find('lipford')).toEqual([ids[1]]);
    editPaper(db, ids[1], { year: 2015, journal: 'NeurIPS' });
    expect(find('year:2015 venue:neurips')).toEqual([ids[1]]);
    undo(db);
    expect(find('venue:neurips')).toEqual([]);
    undo(db);
    expect(find('lipford')).toEqual([]);
  });

  it('re-indexes a paper when only its paper_creators rows change', () => {
    const { db, ids, find } = seeded();
    find('anything');
    recordOperation(db, 'Add an author', () =>
      db
        .prepare(
          "INSERT INTO paper_creators (paper_id, position, role, family, given) VALUES (?, 99, 'author', 'Chu', 'Bill')",
        )
        .run(ids[2]),
    );
    expect(find('author:chu')).toEqual([ids[2]]);
    undo(db);
    expect(find('author:chu')).toEqual([]);
  });

  it('catches up when more undo/redos than the log keeps happened since it last looked', () => {
    const { db, ids, find } = seeded();
    addTags(db, [ids[1]], ['hickory']);
    addTags(db, [ids[0]], ['walnut']);
    expect(find('walnut')).toEqual([ids[0]]);
    undo(db);
    // Replays of the hickory tag push the walnut undo out of the kept replays (UNDO_DEPTH).
    for (let at = 0; at < UNDO_DEPTH; at += 1) (at % 2 === 0 ? undo : redo)(db);
    expect(find('walnut')).toEqual([]);
    expect(find('hickory')).toEqual([ids[1]]);
  });
});
