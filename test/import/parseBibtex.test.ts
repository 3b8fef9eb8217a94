import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../main/import/parseBibtex';
import { detectFormat } from '../../main/import/parseImportText';
import { MESSY_BIB } from '../fixtures/messyBib';
import { RECORD_BIB } from '../fixtures/recordBib';
import { describeWithSample } from '../fixtures/sampleSuite';

describe('parseBibtex on a messy, real-world-style file', () => {
  const { papers, errors } = parseBibtex(MESSY_BIB);
  const byKey = new Map(papers.map((paper) => [paper.citekey, paper]));

  it('reads every good entry, whatever its case, quoting or @string concatenation', () => {
    expect(papers.map((paper) => paper.citekey)).toEqual([
      'turpe2016penetration',
      'schulman2017ppo',
      'Hafner2023',
    ]);
    expect(byKey.get('turpe2016penetration')?.venue).toBe('Proceedings of the Symposium on Usable Privacy');
    expect(byKey.get('schulman2017ppo')?.venue).toBe('Advances in Neural Information Processing Systems');
  });

  it('decodes LaTeX accents, keeps the title case and its math', () => {
    expect(byKey.get('turpe2016penetration')?.authors).toEqual([
      'Türpe, Sven',
      'Kocksch, Laura',
      'Poller, Andreas',
    ]);
    expect(byKey.get('schulman2017ppo')?.title).toBe(
      'PPO: Proximal Policy Optimization for $Q$-Learning at École',
    );
    expect(byKey.get('turpe2016penetration')?.title).toMatch(
      /^Penetration Tests a Turning Point in Security Practices\?/,
    );
  });

  it('keeps authors, years, venues, DOIs, links, arXiv ids, abstracts and keywords', () => {
    const ppo = byKey.get('schulman2017ppo');
    expect(ppo).toMatchObject({
      year: 2017,
      arxivId: '1707.06347',
      tags: ['policy gradient', 'reinforcement learning'],
    });
    expect(ppo?.authors).toContain('OpenAI Team');
    const dreamer = byKey.get('Hafner2023');
    expect(dreamer).toMatchObject({
      year: 2023,
      codeUrl: 'https://github.com/danijar/dreamerv3',
      abstract: 'Reinforcement learning with world models, 100% of the time.',
    });
    expect(byKey.get('turpe2016penetration')?.url).toBe('https://example.org/papers/turpe_2016.pdf');
  });

  it('reports the broken entry with its line, and an entry with no title, and imports the rest', () => {
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Line 23: the entry "brokenEntry" could not be read/);
    expect(errors[1]).toMatch(/^Line \d+: the entry "noTitleHere" has no title; it was skipped\.$/);
  });

  it('is recognised as BibTeX by its content', () => {
    expect(detectFormat(MESSY_BIB)).toBe('bibtex');
    expect(detectFormat('Title One\nTitle Two')).toBe('trending');
    expect(detectFormat('{"format": "shelfmark-library", "version": 1, "papers": []}')).toBe('json');
  });
});

describeWithSample('real-thesis.bib', 'parseBibtex on the shared real thesis file', (thesis) => {
  it('reads all 201 entries with no errors, decoding T{\\"u}rpe to Türpe', () => {
    const { papers, errors } = parseBibtex(thesis);
    expect(errors).toEqual([]);
    expect(papers).toHaveLength(201);
    expect(papers.flatMap((paper) => paper.authors)).toContain('Türpe, Sven');
  });
});

describe('parseBibtex fills the whole record', () => {
  const { papers } = parseBibtex(RECORD_BIB);
  const byKey = new Map(papers.map((paper) => [paper.citekey, paper.record]));

  it('keeps the entry type, editors of an editor-only book, and unknown fields as written', () => {
    const book = byKey.get('berg2010handbook');
    expect(book?.entryType).toBe('book');
    expect(book?.creators.map((creator) => [creator.role, creator.particle, creator.family])).toEqual([
      ['editor', 'van der', 'Berg'],
      ['editor', 'de la', 'Cruz'],
    ]);
    const paper = byKey.get('turpe2016penetration');
    expect(paper?.entryType).toBe('inproceedings');
    expect([paper?.month, paper?.pages, paper?.publisher]).toEqual([3, '112–125', 'USENIX Association']);
    expect(paper?.extraFields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['bdsk-url-1', 'mrnumber', 'myfield']),
    );
  });

  it('gives a crossref child the fields of its parent (same names, as BibTeX does) and keeps the crossref itself', () => {
    const child = byKey.get('doe2010chapter');
    expect(child?.publisher).toBe('Springer');
    expect(child?.extraFields).toContainEqual({ name: 'crossref', value: 'berg2010handbook' });
  });
});
