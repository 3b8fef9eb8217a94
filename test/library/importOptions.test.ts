import { describe, expect, it } from 'vitest';
import { listPapers } from '../../main/db/paperQueries';
import { commitImport, previewImport } from '../../main/library/importText';
import { ensureTag, listTags } from '../../main/library/tags';
import { useTempLibrary } from '../fixtures/tempLibrary';

const tempLibrary = useTempLibrary();

const BIB = String.raw`
@article{a2020, title = {First Paper}, year = 2020, keywords = {Reinforcement Learning, policy gradient}}
@article{b2021, title = {Second Paper}, year = 2021, keywords = {policy gradient, robotics}}
`;

describe('import options: status and keyword tags', () => {
  it('files the new papers as read, with when, and as reading', async () => {
    const { db } = tempLibrary();
    await commitImport(db, BIB, { status: 'read', now: new Date('2026-01-02T00:00:00Z') });
    expect(listPapers(db).map((paper) => [paper.status, paper.readAt])).toEqual([
      ['read', '2026-01-02T00:00:00.000Z'],
      ['read', '2026-01-02T00:00:00.000Z'],
    ]);
    const other = tempLibrary().db;
    await commitImport(other, BIB, { status: 'reading' });
    expect(listPapers(other).map((paper) => paper.status)).toEqual(['reading', 'reading']);
  });

  it('makes tags from keywords only when asked, and keeps the keywords in the record either way', async () => {
    const { db } = tempLibrary();
    await commitImport(db, BIB, { keywordTags: false });
    expect(listTags(db)).toEqual([]);
    const keywords = listPapers(db).map((paper) =>
      paper.keywords?.split(', ').sort((a, b) => a.localeCompare(b)),
    );
    expect(keywords).toEqual(
      expect.arrayContaining([
        ['policy gradient', 'Reinforcement Learning'],
        ['policy gradient', 'robotics'],
      ]),
    );
    const tagged = tempLibrary().db;
    await commitImport(tagged, BIB);
    expect(
      listTags(tagged)
        .map((tag) => tag.name)
        .sort(),
    ).toEqual(['Reinforcement Learning', 'policy gradient', 'robotics']);
  });

  it('says in the preview how many tags the keywords make, and how many are new', async () => {
    const { db } = tempLibrary();
    ensureTag(db, 'Robotics');
    const preview = await previewImport(db, BIB);
    expect(preview.keywordTags).toEqual({ count: 3, newCount: 2 });
  });
});
