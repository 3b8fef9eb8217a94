import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { RECORD_FIELDS } from '../../preload/api';
import {
  JSON_FORMAT,
  JSON_VERSION,
  parseShelfmarkJson,
  shelfmarkJson,
} from '../../main/import/shelfmarkJson';
import { readWellFormedExport } from '../../main/import/wellFormedExport';
import { commitImport } from '../../main/library/importText';
import { shelfmarkJsonText } from '../fixtures/fuzzInputs';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const fast = (data: unknown) => readWellFormedExport(data, JSON_FORMAT, JSON_VERSION);
const HUGE = 'x'.repeat(100_001);
const LONGEST = 'y'.repeat(100_000);

/** The fast check and the schema agree: the fast one accepts exactly what the schema does, and reads it the same. */
function expectSameAnswer(data: unknown): boolean {
  const schema = shelfmarkJson.safeParse(data);
  const quick = fast(data);
  if (!schema.success) expect(quick).toBeNull();
  else expect(quick).toEqual(schema.data);
  return schema.success;
}

/** Every kind of JSON value, right and wrong, for any field: missing keys come from fc.record. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'unread', 'read', 'article', 'misc', 'author', 'editor', 'Bogus', HUGE, LONGEST),
  fc.integer({ min: -40, max: 40 }),
  fc.constantFrom(0.5, -0, 2 ** 60, 1e21),
  fc.boolean(),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.constant({}),
);
/** Mostly a right value, sometimes any value at all: files right in all but a field or two. */
const mostly = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: right }, { weight: 1, arbitrary: anyValue });
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(LONGEST, '\u0000', 'Zhang'));
const nullableText = fc.oneof(fc.constant(null), text);
const creator = fc.record(
  {
    role: mostly(fc.constantFrom('author', 'editor', 'translator')),
    family: mostly(nullableText),
    given: mostly(nullableText),
    particle: mostly(nullableText),
    suffix: mostly(nullableText),
    literal: mostly(nullableText),
    extra: anyValue,
  },
  { requiredKeys: ['role', 'family', 'given', 'particle', 'suffix', 'literal'] },
);
const note = fc.record(
  { body: mostly(text), quote: mostly(nullableText), extra: anyValue },
  { requiredKeys: ['body'] },
);
const recordFields = Object.fromEntries(
  RECORD_FIELDS.slice(0, 6).map((field) => [field, mostly(nullableText)]),
);
const paper = fc.record(
  {
    title: mostly(fc.string({ minLength: 1, maxLength: 8 })),
    citekey: mostly(nullableText),
    citekeyProvisional: mostly(fc.boolean()),
    abstract: mostly(nullableText),
    codeUrl: mostly(nullableText),
    entryType: mostly(fc.constantFrom('article', 'misc', 'online')),
    creators: mostly(fc.array(creator, { maxLength: 3 })),
    month: mostly(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 12 }))),
    day: mostly(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 31 }))),
    extraFields: mostly(
      fc.array(
        fc.record(
          { name: mostly(fc.string({ maxLength: 6 })), value: mostly(text), extra: anyValue },
          {
            requiredKeys: ['name', 'value'],
          },
        ),
        { maxLength: 2 },
      ),
    ),
    ...recordFields,
    doi: mostly(nullableText),
    url: mostly(nullableText),
    arxivId: mostly(nullableText),
    authors: mostly(fc.array(text, { maxLength: 2 })),
    year: mostly(fc.oneof(fc.constant(null), fc.integer({ min: -3000, max: 3000 }))),
    venue: mostly(nullableText),
    status: mostly(fc.constantFrom('unread', 'reading', 'read')),
    tags: mostly(fc.array(text, { maxLength: 2 })),
    notes: mostly(fc.array(note, { maxLength: 2 })),
    addedAt: mostly(text),
    readingAt: mostly(nullableText),
    readAt: mostly(nullableText),
    unknownKey: anyValue,
  },
  { requiredKeys: ['title'] },
);
const file = fc.record(
  {
    format: mostly(fc.constant(JSON_FORMAT)),
    version: mostly(fc.constantFrom(1, 2, 3, 0)),
    exportedAt: mostly(text),
    tags: mostly(fc.array(fc.record({ name: mostly(text), color: mostly(nullableText) }), { maxLength: 2 })),
    papers: mostly(fc.array(paper, { maxLength: 3 })),
  },
  { requiredKeys: ['format', 'version', 'papers'] },
);

/** A well-formed version 2 paper with every field, to break one field at a time. */
const GOOD = {
  citekey: 'zhang2025tool',
  citekeyProvisional: false,
  title: 'A tool',
  abstract: 'About it.',
  codeUrl: null,
  entryType: 'article',
  creators: [{ role: 'author', family: 'Zhang', given: 'Wei', particle: null, suffix: null, literal: null }],
  year: 2025,
  month: 3,
  day: null,
  journal: LONGEST,
  extraFields: [{ name: 'bdsk-url-1', value: 'https://x.example/' }],
  status: 'read',
  tags: ['rl'],
  notes: [{ body: 'Good', quote: null }],
  addedAt: '2026-01-01T00:00:00.000Z',
  readingAt: null,
  readAt: '2026-01-02T00:00:00.000Z',
};
const exportWith = (papers: unknown[]) => ({ format: JSON_FORMAT, version: 2, tags: [], papers });

describe('the fast check of Shelfmark’s own export', () => {
  it('agrees with the schema on generated files, right and wrong in every field', () => {
    let wellFormed = 0;
    fc.assert(
      fc.property(file, (data) => {
        if (expectSameAnswer(JSON.parse(JSON.stringify(data)))) wellFormed += 1;
      }),
      { numRuns: 3000, ...(seed === undefined ? {} : { seed }) },
    );
    // Both kinds are well represented (about one file in five is well-formed).
    expect(wellFormed).toBeGreaterThan(200);
    expect(wellFormed).toBeLessThan(2800);
    fc.assert(
      fc.property(shelfmarkJsonText, (text) => {
        expectSameAnswer(JSON.parse(text));
      }),
      { numRuns: 300, ...(seed === undefined ? {} : { seed }) },
    );
  });

  it('reads a well-formed file on its own, without the schema, to the schema’s answer (defaults in, unknown keys out)', () => {
    const data = exportWith([GOOD, { title: 'Version 1 style', authors: ['Li, Na'], extra: 1 }]);
    const safeParse = vi.spyOn(shelfmarkJson, 'safeParse');
    const { papers, errors } = parseShelfmarkJson(JSON.stringify(data));
    expect(safeParse).not.toHaveBeenCalled();
    safeParse.mockRestore();
    expect(errors).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(fast(data)).toEqual(shelfmarkJson.parse(data));
    expect(fast(data)?.papers[1]).not.toHaveProperty('extra');
    expect(fast(data)?.papers[1]).toMatchObject({ status: 'unread', tags: [], notes: [], citekey: null });
  });

  it.each([
    ['a year as text', { year: '2025' }, 'papers.0.year'],
    ['a status of null (only a missing one defaults)', { status: null }, 'papers.0.status'],
    ['tags of null', { tags: null }, 'papers.0.tags'],
    ['a month out of range', { month: 13 }, 'papers.0.month'],
    ['a year beyond safe integers', { year: 2 ** 60 }, 'papers.0.year'],
    [
      'an unknown key in a creator (creators are strict)',
      { creators: [{ ...GOOD.creators[0], nick: 'W' }] },
      'papers.0.creators.0',
    ],
    [
      'a creator without its literal',
      { creators: [{ role: 'author', family: 'Z', given: null, particle: null, suffix: null }] },
      'papers.0.creators.0.literal',
    ],
    ['a field over 100,000 characters', { journal: HUGE }, 'papers.0.journal'],
    ['an empty title', { title: '' }, 'papers.0.title'],
    ['no title', { title: undefined }, 'papers.0.title'],
    ['a note without a body', { notes: [{ quote: 'q' }] }, 'papers.0.notes.0.body'],
    ['an unknown entry type', { entryType: 'blogpost' }, 'papers.0.entryType'],
  ])('%s: not well-formed, and the schema says which field', (_name, change, path) => {
    const data: unknown = JSON.parse(JSON.stringify(exportWith([{ ...GOOD, ...change }])));
    expect(fast(data)).toBeNull();
    const { papers, errors } = parseShelfmarkJson(JSON.stringify(data));
    expect(papers).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^The file is not a Shelfmark export: ${path.replace(/\./g, '\\.')}: `),
    );
  });

  it('a file with one bad paper among many imports nothing, and names it', async () => {
    const { db } = tempLibrary();
    const papers: unknown[] = Array.from({ length: 1500 }, (_, index) => ({
      ...GOOD,
      citekey: null,
      title: `Paper ${index}`,
    }));
    papers[1234] = { ...GOOD, title: 'Bad', year: 'soon' };
    await expect(commitImport(db, JSON.stringify(exportWith(papers)))).rejects.toThrow(
      /papers\.1234\.year: .*Nothing was imported/,
    );
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(0);
  });
});
