import { describe, expect, it } from 'vitest';
import { getPaper } from '../../main/db/paperQueries';
import { deletePapers } from '../../main/library/deletePapers';
import { addNote, deleteNote, updateNote } from '../../main/library/notes';
import { useSeededLibrary } from '../fixtures/seedLibrary';

const seeded = useSeededLibrary();

describe('notes', () => {
  it('adds, edits and deletes notes on a paper', () => {
    const { db, ids } = seeded();
    const note = addNote(db, ids[0], 'Compare with **SAC**.');
    expect(getPaper(db, ids[0])?.notes).toEqual([
      { id: note.id, body: 'Compare with **SAC**.', quote: null },
    ]);
    updateNote(db, note.id, 'Compare with SAC and TD3.');
    expect(getPaper(db, ids[0])?.notes[0]?.body).toBe('Compare with SAC and TD3.');
    deleteNote(db, note.id);
    expect(getPaper(db, ids[0])?.notes).toEqual([]);
  });

  it('anchors a note to a quoted span of the abstract', () => {
    const { db, ids } = seeded();
    const note = addNote(db, ids[0], 'Is half a lot?', ' cuts sample cost by half ');
    expect(note.quote).toBe('cuts sample cost by half');
  });

  it('refuses a quote that is not in the abstract, and notes on unknown papers or notes', () => {
    const { db, ids } = seeded();
    expect(() => addNote(db, ids[0], 'x', 'not in there')).toThrow(
      "The quoted text is not in this paper's abstract.",
    );
    expect(() => addNote(db, 999, 'x')).toThrow('There is no paper with id 999.');
    expect(() => updateNote(db, 999, 'x')).toThrow('There is no note with id 999.');
    expect(() => deleteNote(db, 999)).toThrow('There is no note with id 999.');
    expect(getPaper(db, ids[0])?.notes).toEqual([]);
  });

  it('goes with its paper when the paper is deleted', () => {
    const { db, ids } = seeded();
    addNote(db, ids[0], 'bye');
    expect(deletePapers(db, [ids[0]])).toBe(1);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
  });
});
