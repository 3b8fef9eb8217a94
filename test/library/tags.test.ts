import { describe, expect, it } from 'vitest';
import { getPaper, listPaperSummaries } from '../../main/db/paperQueries';
import {
  addTags,
  deleteTag,
  listTags,
  normalizeTagName,
  previewTagRename,
  removeTags,
  renameTag,
  setTagColor,
} from '../../main/library/tags';
import { undoState } from '../../main/library/undo';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seeded = useSeededLibrary();

describe('tags', () => {
  it('tags many papers at once and lists tags with counts', () => {
    const { db, ids } = seeded();
    addTags(db, ids, ['Offline RL']);
    addTags(db, [ids[0]], ['math']);
    expect(listTags(db)).toEqual([
      { name: 'math', color: null, count: 1 },
      { name: 'Offline RL', color: null, count: 3 },
    ]);
    expect(getPaper(db, ids[0])?.tags).toEqual(['math', 'Offline RL']);
  });

  it('matches names without regard to case or surrounding space', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['Offline RL']);
    addTags(db, [ids[1]], ['  offline   rl ']);
    expect(listTags(db)).toEqual([{ name: 'Offline RL', color: null, count: 2 }]);
    removeTags(db, [ids[0]], ['OFFLINE RL']);
    expect(getPaper(db, ids[0])?.tags).toEqual([]);
  });

  it('filters the list by tag, alone or with a queue', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0], ids[2]], ['rl']);
    expect(listPaperSummaries(db, { tag: 'RL' }).map((paper) => paper.id)).toEqual([ids[0], ids[2]]);
    expect(listPaperSummaries(db, { tag: 'rl', status: 'read' })).toEqual([]);
  });

  it('adds the existing tag spelled as it is, and says so', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['RL']);
    expect(addTags(db, [ids[1]], ['rl', 'new one'])).toEqual({
      tags: ['RL', 'new one'],
      existing: [{ typed: 'rl', tag: 'RL' }],
      added: 2,
    });
    expect(getPaper(db, ids[1])?.tags).toEqual(['new one', 'RL']);
    expect(undoState(db).undoLabel).toBe('Tag 1 paper RL, new one (the existing tag RL for “rl”)');
  });

  it('says when the papers already carry the tag, and records no change', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['RL']);
    const before = undoState(db);
    expect(addTags(db, [ids[0]], ['rl'])).toEqual({
      tags: ['RL'],
      existing: [{ typed: 'rl', tag: 'RL' }],
      added: 0,
    });
    expect(undoState(db)).toEqual(before);
  });

  it('previews a rename: a plain rename, or a merge with the papers the merged tag will have', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0], ids[1]], ['reinforcement']);
    addTags(db, [ids[1], ids[2]], ['RL']);
    expect(previewTagRename(db, ' reinforcement ', 'rl')).toEqual({
      from: 'reinforcement',
      to: 'RL',
      merge: true,
      papers: 3,
    });
    expect(previewTagRename(db, 'reinforcement', 'Reinforcement')).toEqual({
      from: 'reinforcement',
      to: 'Reinforcement',
      merge: false,
      papers: 2,
    });
    expect(previewTagRename(db, 'RL', 'policy')).toEqual({
      from: 'RL',
      to: 'policy',
      merge: false,
      papers: 2,
    });
  });

  it('refuses to merge by renaming unless the merge is asked for, and changes nothing', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0], ids[1]], ['reinforcement']);
    addTags(db, [ids[1], ids[2]], ['RL']);
    const before = { tags: listTags(db), undo: undoState(db) };
    expect(() => renameTag(db, 'reinforcement', 'rl')).toThrow(/“RL” already exists/);
    expect(() => renameTag(db, 'reinforcement', 'rl')).toThrow(
      expect.objectContaining({ code: 'tag_exists' }),
    );
    expect({ tags: listTags(db), undo: undoState(db) }).toEqual(before);
  });

  it('renames a tag, and merges it into a tag that already has the new name when asked', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0], ids[1]], ['reinforcement']);
    addTags(db, [ids[1], ids[2]], ['RL']);
    expect(renameTag(db, 'reinforcement', 'rl', { merge: true })).toEqual({ name: 'RL', merged: true });
    expect(listTags(db)).toEqual([{ name: 'RL', color: null, count: 3 }]);
    expect(undoState(db).undoLabel).toBe('Merge tag reinforcement into RL');
    renameTag(db, 'RL', 'Reinforcement Learning');
    expect(listTags(db)).toEqual([{ name: 'Reinforcement Learning', color: null, count: 3 }]);
  });

  it('changes only the case when renamed to itself in other case', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['rl']);
    renameTag(db, 'rl', 'RL');
    expect(listTags(db)).toEqual([{ name: 'RL', color: null, count: 1 }]);
  });

  it('deletes a tag from every paper and says how many carried it', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0], ids[1]], ['old']);
    expect(deleteTag(db, 'old')).toBe(2);
    expect(listTags(db)).toEqual([]);
    expect(getPaper(db, ids[0])?.tags).toEqual([]);
  });

  it('gives a tag a color', () => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['rl']);
    setTagColor(db, 'rl', '#FF8800');
    expect(listTags(db)[0]?.color).toBe('#ff8800');
  });

  it.each([
    [
      'an empty name',
      (db: ReturnType<typeof seeded>['db'], ids: number[]) => addTags(db, ids, ['   ']),
      'A tag needs a name.',
    ],
    [
      'an unknown paper',
      (db: ReturnType<typeof seeded>['db']) => addTags(db, [999], ['x']),
      'There is no paper with id 999.',
    ],
    [
      'an unknown tag',
      (db: ReturnType<typeof seeded>['db']) => renameTag(db, 'nope', 'x'),
      'There is no tag "nope".',
    ],
    [
      'a renamed-to empty name',
      (db: ReturnType<typeof seeded>['db']) => renameTag(db, 'rl', ' '),
      'A tag needs a name.',
    ],
    ['a bad color', (db: ReturnType<typeof seeded>['db']) => setTagColor(db, 'rl', 'red'), /written #rrggbb/],
  ])('refuses %s with a message and changes nothing', (_name, act, message) => {
    const { db, ids } = seeded();
    addTags(db, [ids[0]], ['rl']);
    const before = { tags: listTags(db), undo: undoState(db) };
    expect(() => act(db, ids)).toThrow(message);
    expect({ tags: listTags(db), undo: undoState(db) }).toEqual(before);
  });

  it('normalizes names the same way everywhere', () => {
    expect(normalizeTagName('  deep\t learning ')).toBe('deep learning');
  });
});
