import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, type PaperEdit } from '../../preload/api';
import type { LibraryDb } from '../../main/db/openLibrary';
import { getPaper } from '../../main/db/paperQueries';
import { addPaper, editPaper } from '../../main/library/editPaper';
import { applyRekey, previewRekey } from '../../main/library/rekey';
import { setCitekey } from '../../main/library/setCitekey';
import { redo, undo, undoState } from '../../main/library/undo';
import { seedMiniPage, snapshot } from '../fixtures/seedLibrary';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

function seeded(): { db: LibraryDb; ids: [number, number, number] } {
  const { db } = tempLibrary();
  return { db, ids: seedMiniPage(db) };
}

/** Each edit a person can make; each must be one step that undo reverses exactly and redo repeats. */
const EDITS: [string, PaperEdit][] = [
  ['the title', { title: 'A Better Title' }],
  ['the abstract', { abstract: 'Shorter.' }],
  ['the code link', { codeUrl: 'https://github.com/x/y' }],
  ['the entry type', { entryType: 'inproceedings' }],
  ['the date', { year: 2021, month: 3, day: 9 }],
  [
    'the authors, typed either way',
    {
      creators: [
        { role: 'author', name: 'Jun Zhu' },
        { role: 'author', name: 'Lipford, Heather Richter' },
      ],
    },
  ],
  [
    'creators of several roles, a literal one included',
    {
      creators: [
        { role: 'editor', name: 'van der Berg, Jr., Anna' },
        { role: 'author', name: '{OpenAI Team}' },
        { role: 'translator', family: 'Roe', given: 'Rick', particle: null, suffix: null, literal: null },
      ],
    },
  ],
  [
    'the extra fields',
    {
      extraFields: [
        { name: 'bdsk-url-1', value: 'https://x.example' },
        { name: 'mrnumber', value: 'MR1' },
      ],
    },
  ],
  ...RECORD_FIELDS.map((field): [string, PaperEdit] => [
    field,
    { [field]: field === 'doi' ? '10.1000/xyz' : `${field} text` },
  ]),
];

describe('editPaper', () => {
  it.each(EDITS)('changes %s as one undoable step, and redo repeats it', (_name, edit) => {
    const { db, ids } = seeded();
    const before = snapshot(db);
    editPaper(db, ids[0], edit);
    const after = snapshot(db);
    expect(after).not.toEqual(before);
    expect(getPaper(db, ids[0])).toMatchObject(
      edit.creators ? { creators: expect.any(Array) as unknown } : (edit as Record<string, unknown>),
    );
    undo(db);
    expect(snapshot(db)).toEqual(before);
    redo(db);
    expect(snapshot(db)).toEqual(after);
  });

  it('reads names typed "First Last" or "Last, First" into structured names, in the order given', () => {
    const { db, ids } = seeded();
    const paper = editPaper(db, ids[0], {
      creators: [
        { role: 'author', name: 'Jun Zhu' },
        { role: 'author', name: 'Lipford, Heather Richter' },
        { role: 'author', name: 'Martin Luther King Jr.' },
        { role: 'editor', name: 'Ludwig van Beethoven' },
      ],
    });
    expect(
      paper.creators.map(({ role, family, given, particle, suffix }) => [
        role,
        family,
        given,
        particle,
        suffix,
      ]),
    ).toEqual([
      ['author', 'Zhu', 'Jun', null, null],
      ['author', 'Lipford', 'Heather Richter', null, null],
      ['author', 'King', 'Martin Luther', null, 'Jr.'],
      ['editor', 'Beethoven', 'Ludwig', 'van', null],
    ]);
    expect(paper.authors).toEqual(['Zhu, Jun', 'Lipford, Heather Richter', 'King, Jr., Martin Luther']);
  });

  it("says what changed in the step's label, and keeps the citation key", () => {
    const { db, ids } = seeded();
    const key = getPaper(db, ids[0])?.citekey;
    editPaper(db, ids[0], {
      year: 2020,
      creators: [{ role: 'author', name: 'Ada Lovelace' }],
      entryType: 'article',
    });
    expect(undoState(db).undoLabel).toBe(`Edit ${key}: type, year, authors`);
    expect(getPaper(db, ids[0])?.citekey).toBe(key);
  });

  it('marks the fields it changed as typed by hand, so a lookup never overwrites them; undo unmarks them', () => {
    const { db, ids } = seeded();
    const origins = () =>
      db
        .prepare(
          "SELECT field FROM paper_field_origins WHERE paper_id = ? AND origin = 'hand' ORDER BY field",
        )
        .pluck()
        .all(ids[0]);
    editPaper(db, ids[0], { year: 2020, creators: [{ role: 'author', name: 'Ada Lovelace' }] });
    expect(origins()).toEqual(['authors', 'year']);
    undo(db);
    expect(origins()).toEqual([]);
  });

  it('makes no step when nothing changes', () => {
    const { db, ids } = seeded();
    editPaper(db, ids[0], { entryType: 'misc', doi: null });
    expect(undoState(db).undoLabel).toBe('Import 3 papers');
  });

  it('normalizes a DOI given as a link, and empties a field set to blank', () => {
    const { db, ids } = seeded();
    editPaper(db, ids[0], { doi: 'https://doi.org/10.1145/3341301.3359630', journal: 'J' });
    expect(editPaper(db, ids[0], { journal: '  ' })).toMatchObject({
      doi: '10.1145/3341301.3359630',
      journal: null,
    });
  });

  it.each([
    ['a year that is not a year', { year: 20255 }, /"20255" is not a year/],
    ['a malformed DOI', { doi: 'doi.org/foo' }, /"doi.org\/foo" is not a DOI: a DOI looks like 10\./],
    [
      'an unknown entry type',
      { entryType: 'inproceeding' as 'misc' },
      /"inproceeding" is not an entry type. Did you mean inproceedings\?/,
    ],
    ['an empty title', { title: '   ' }, /A paper needs a title/],
    ['a month without a year', { month: 3 }, /needs a year/],
    ['a day that does not exist', { year: 2023, month: 2, day: 30 }, /2023-2-30 is not a date/],
    ['an empty name', { creators: [{ role: 'author' as const, name: ' ' }] }, /name is empty/],
    [
      'an extra field named like a known one',
      { extraFields: [{ name: 'Journal', value: 'x' }] },
      /Shelfmark knows/,
    ],
  ])('refuses %s with a clear message and changes nothing', (_name, edit, message) => {
    const { db, ids } = seeded();
    const before = snapshot(db);
    expect(() => editPaper(db, ids[0], edit as PaperEdit)).toThrow(message);
    expect(snapshot(db)).toEqual(before);
    expect(undoState(db).undoLabel).toBe('Import 3 papers');
  });

  it('refuses an unknown paper', () => {
    const { db } = seeded();
    expect(() => editPaper(db, 999, { year: 2020 })).toThrow(/no paper with id 999/);
  });
});

describe('addPaper', () => {
  it('adds an empty record with a title at the bottom of Unread, a preprint with a provisional key', () => {
    const { db } = seeded();
    const paper = addPaper(db, 'Attention Is All You Need');
    expect(paper).toMatchObject({
      title: 'Attention Is All You Need',
      entryType: 'misc',
      creators: [],
      year: null,
      status: 'unread',
      citekey: 'attentionAllYou',
      citekeyProvisional: true,
    });
    expect(undoState(db).undoLabel).toBe('Add "Attention Is All You Need"');
    undo(db);
    expect(getPaper(db, paper.id)).toBeNull();
  });

  it('takes the rest of the record too, and then makes a full key', () => {
    const { db } = tempLibrary();
    const paper = addPaper(db, 'Attention Is All You Need', {
      entryType: 'inproceedings',
      creators: [{ role: 'author', name: 'Ashish Vaswani' }],
      year: 2017,
      booktitle: 'NeurIPS',
    });
    expect(paper).toMatchObject({
      citekey: 'vaswani2017attention',
      citekeyProvisional: false,
      booktitle: 'NeurIPS',
      venue: 'NeurIPS',
    });
  });

  it('refuses an empty title or a bad field, and adds nothing', () => {
    const { db } = seeded();
    const before = snapshot(db);
    expect(() => addPaper(db, '  ')).toThrow('A paper needs a title.');
    expect(() => addPaper(db, 'T', { year: 'soon' as unknown as number })).toThrow(/"soon" is not a year/);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('rekey', () => {
  it('previews, then applies, better keys for provisional ones as one undoable step', () => {
    const { db, ids } = seeded();
    const old = getPaper(db, ids[0])?.citekey ?? '';
    expect(getPaper(db, ids[0])?.citekeyProvisional).toBe(true);
    expect(previewRekey(db)).toEqual([]);
    editPaper(db, ids[0], { creators: [{ role: 'author', name: 'Yabo Zhang' }], year: 2025 });
    expect(getPaper(db, ids[0])?.citekey).toBe(old);
    const preview = previewRekey(db);
    expect(preview).toEqual([
      { id: ids[0], title: getPaper(db, ids[0])?.title, from: old, to: 'zhang2025zeta' },
    ]);
    expect(getPaper(db, ids[0])?.citekey).toBe(old);
    expect(applyRekey(db)).toEqual(preview);
    expect(getPaper(db, ids[0])).toMatchObject({ citekey: 'zhang2025zeta', citekeyProvisional: false });
    expect(undoState(db).undoLabel).toBe('Change citation key to zhang2025zeta');
    undo(db);
    expect(getPaper(db, ids[0])).toMatchObject({ citekey: old, citekeyProvisional: true });
  });

  it('gives a key that is taken a letter, and rekeys named papers even when not provisional', () => {
    const { db, ids } = seeded();
    for (const id of ids)
      editPaper(db, id, {
        creators: [{ role: 'author', name: 'Yabo Zhang' }],
        year: 2025,
        title: `Zeta ${id}`,
      });
    const changes = applyRekey(db, ids);
    expect(changes.map((change) => change.to)).toEqual(['zhang2025zeta', 'zhang2025zetaa', 'zhang2025zetab']);
    expect(previewRekey(db, ids)).toEqual([]);
    expect(undoState(db).undoLabel).toBe('Update 3 citation keys');
  });

  it('counts a key a person chose as final, not provisional', () => {
    const { db, ids } = seeded();
    setCitekey(db, ids[0], 'myOwnKey');
    expect(getPaper(db, ids[0])?.citekeyProvisional).toBe(false);
    expect(previewRekey(db)).not.toContainEqual(expect.objectContaining({ id: ids[0] }));
  });
});
