import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempDir } from '../fixtures/tempLibrary';
import { startFakeServer, type FakeServer } from '../lookup/fakeServer';

const tempDir = useTempDir();
// One server per source: each is its own host, so arXiv's 3 s pause does not hold up the others.
let servers: FakeServer[] = [];
let env: Record<string, string> = {};
beforeEach(async () => {
  servers = await Promise.all([0, 1, 2, 3].map(() => startFakeServer()));
  const [arxiv, s2, crossref, dblp] = servers.map((server) => server.origin);
  env = {
    SHELFMARK_ARXIV_API: arxiv ?? '',
    SHELFMARK_S2_API: s2 ?? '',
    SHELFMARK_CROSSREF_API: crossref ?? '',
    SHELFMARK_DBLP_API: dblp ?? '',
    SHELFMARK_OPENREVIEW_API: dblp ?? '',
  };
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  openLibrary(db).close();
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => '',
    env: { ...env },
  };
  const run = (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(['--db', db, ...argv], io);
  };
  const bib = join(dir, 'papers.bib');
  writeFileSync(
    bib,
    `@misc{attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}
@misc{ramsey, title = {Off-diagonal Ramsey numbers}}`,
  );
  return { run, out, err, bib };
}

describe('shelfmark lookup and review, against the fake server', () => {
  it('fills in the confident match, keeps the uncertain one for review, and accepts it by number', async () => {
    const { run, out, bib } = cli();
    expect(await run('import', bib)).toBe(0);
    expect(await run('lookup', '--missing', '--apply-confident')).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^attention: filled in authors, year, month/m);
    expect(text).toMatch(/published version: Neural Information Processing Systems \(2017\)/);
    expect(text).toMatch(/^ramsey: needs review \(Crossref/m);
    expect(text).toMatch(/Looked up 2 papers: 1 confident, 1 for review, 0 without a match, 0 failed\./);

    expect(await run('review')).toBe(0);
    expect(out.join('\n')).toMatch(
      /^#1 ramsey "Off-diagonal Ramsey numbers"\n {2}Crossref .*"Off-diagonal book Ramsey numbers"/,
    );
    expect(await run('review', 'accept', '1', 'authors')).toBe(0);
    expect(out).toEqual(['Filled in authors for ramsey.']);
    expect(await run('review')).toBe(0);
    expect(out).toEqual(['Nothing waits for review.']);
    expect(await run('undo')).toBe(0);
    expect(await run('review', '--json')).toBe(0);
    expect(JSON.parse(out.join('')) as unknown[]).toHaveLength(1);
  }, 20_000);

  it('prints results as JSON', async () => {
    const { run, out, bib } = cli();
    await run('import', bib);
    expect(await run('lookup', 'attention', '--json')).toBe(0);
    const [result] = JSON.parse(out.join('')) as { citekey: string; outcome: string; applied: string[] }[];
    expect(result).toMatchObject({ citekey: 'attention', outcome: 'auto', applied: [] });
  }, 20_000);

  it('adds papers by Semantic Scholar and OpenReview URLs', async () => {
    const { run, out } = cli();
    expect(
      await run(
        'add',
        'https://www.semanticscholar.org/paper/Deep-Residual-Learning-He-Zhang/2c03df8b48bf3fa39054345bafabfeff15bfd11d',
        'https://openreview.net/forum?id=2dnO3LLiJ1',
      ),
    ).toBe(0);
    expect(out).toEqual([
      'Added he2016deep: Deep Residual Learning for Image Recognition',
      'Added darcet2024vision: Vision Transformers Need Registers',
    ]);
  });

  it('adds papers by arXiv id, DOI and URL, once each, with what the sources know', async () => {
    const { run, out, err } = cli();
    expect(
      await run(
        'add',
        'https://arxiv.org/abs/2310.16828v2',
        'https://doi.org/10.1145/3359591.3359736',
        'arXiv:2310.16828',
        'nonsense',
      ),
    ).toBe(0);
    expect(out).toEqual([
      'Added hansen2023td: TD-MPC2: Scalable, Robust World Models for Continuous Control',
      'Added hopper2019published: A Published Paper Found by Its DOI',
      'Already in the library as hansen2023td.',
      '"nonsense" is not an arXiv id, a DOI, or a paper URL Shelfmark knows.',
    ]);
    expect(err).toEqual([]);
    expect(await run('list', '--json')).toBe(0);
    const papers = JSON.parse(out.join('')) as {
      citekey: string;
      authors: string[];
      year: number;
      arxivId: string;
      journal: string;
    }[];
    expect(papers.find((paper) => paper.citekey === 'hansen2023td')).toMatchObject({
      authors: ['Hansen, Nicklas', 'Su, Hao', 'Wang, Xiaolong'],
      year: 2023,
      arxivId: '2310.16828',
    });
    expect(papers.find((paper) => paper.citekey === 'hopper2019published')).toMatchObject({
      journal: 'Proceedings of the ACM on Programming Languages',
      year: 2019,
    });
    expect(await run('undo')).toBe(0);
    expect(out.join('')).toMatch(/Undid: Add "A Published Paper Found by Its DOI"/);
    expect(await run('add', '2501.99999')).toBe(1);
    expect(err.join('')).toMatch(/No source knows 2501\.99999|No paper was added/);
  }, 20_000);

  it('turns a preprint into its published version, keeping the arXiv id and the key', async () => {
    const { run, out, err, bib } = cli();
    await run('import', bib);
    expect(await run('published', 'attention')).toBe(0);
    expect(out).toEqual([
      'attention is now the inproceedings in Neural Information Processing Systems (year, type, booktitle, pages).',
    ]);
    await run('list', '--json');
    const papers = JSON.parse(out.join('')) as { citekey: string; arxivId: string; pages: string }[];
    expect(papers.find((paper) => paper.citekey === 'attention')).toMatchObject({
      arxivId: '1706.03762',
      pages: '5998--6008',
    });
    expect(await run('published', 'ramsey')).toBe(1);
    expect(err.join('')).toMatch(/ramsey could not be matched with confidence/);
  }, 20_000);

  it('turns lookups off in the settings, and then sends nothing', async () => {
    const { run, out, err, bib } = cli();
    await run('import', bib);
    expect(await run('settings', 'lookups', 'off')).toBe(0);
    expect(out.join('\n')).toMatch(/^lookups: off\nsources: arxiv, semanticScholar, crossref, dblp/);
    expect(await run('settings', 's2-key', 'secret')).toBe(0);
    expect(out.join('\n')).toMatch(/s2-key: set$/);
    expect(await run('lookup', '--missing')).toBe(1);
    expect(err.join('')).toMatch(/Lookups are turned off in the settings; nothing was sent/);
    expect(await run('add', '2310.16828')).toBe(1);
    expect(servers.every((server) => server.requests.length === 0)).toBe(true);
    expect(await run('settings', 'sources', 'arxiv,google')).toBe(1);
    expect(err.join('')).toMatch(/Unknown lookup source google/);
  });

  it('refuses bad arguments before opening the library', async () => {
    const { run, err } = cli();
    expect(await run('lookup')).toBe(2);
    expect(err.join('')).toMatch(/lookup takes papers .* or --missing/);
    expect(await run('review', 'accept', '1', 'colour')).toBe(2);
    expect(err.join('')).toMatch(/unknown field colour/);
  });
});
