import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import type { Paper } from '../../preload/api';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

/** A library with the mini page imported, and a runner with captured output. */
async function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  const page = join(dir, 'page.txt');
  writeFileSync(page, MINI_PAGE);
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => '',
    env: {},
  };
  const run = (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(['--db', db, ...argv], io);
  };
  await run('--create', 'import', page);
  const json = () => JSON.parse(out.join('\n')) as unknown;
  return { run, out, err, json };
}

describe('shelfmark edit', () => {
  it('sets fields, authors and the type, prints the changed paper, and is one undo step', async () => {
    const { run, out, json } = await cli();
    const code = await run(
      'edit',
      'zetaNetLearning',
      '--type',
      'inproceedings',
      '--set',
      'booktitle=Proceedings of ICML',
      '--set',
      'pages=1--10',
      '--set',
      'year=2024',
      '--author',
      'Zhu, Jun',
      '--author',
      'Heather Richter Lipford',
      '--editor',
      'Ludwig van Beethoven',
      '--extra',
      'mrnumber=MR123',
      '--json',
    );
    expect(code).toBe(0);
    const paper = json() as Paper;
    expect(paper).toMatchObject({
      citekey: 'zetaNetLearning',
      entryType: 'inproceedings',
      booktitle: 'Proceedings of ICML',
      pages: '1--10',
      year: 2024,
      authors: ['Zhu, Jun', 'Lipford, Heather Richter'],
      extraFields: [{ name: 'mrnumber', value: 'MR123' }],
    });
    expect(paper.creators.find((creator) => creator.role === 'editor')).toMatchObject({
      family: 'Beethoven',
      particle: 'van',
    });
    expect(await run('undo')).toBe(0);
    expect(out.join('')).toBe(
      'Undid: Edit zetaNetLearning: type, year, authors, editors, extra fields, booktitle, pages',
    );
  });

  it('prints the record, one field a line, without --json', async () => {
    const { run, out } = await cli();
    expect(
      await run(
        'edit',
        '1',
        '--set',
        'date=2021-03-09',
        '--set',
        'doi=https://doi.org/10.1000/xyz',
        '--author',
        'Ada Lovelace',
      ),
    ).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^zetaNetLearning \(provisional key\) {2}@misc {2}id 1, unread/);
    expect(text).toMatch(/^ {2}author +Ada Lovelace$/m);
    expect(text).toMatch(/^ {2}date +2021-03-09$/m);
    expect(text).toMatch(/^ {2}doi +10\.1000\/xyz$/m);
  });

  it('replaces only the role given, in place, and empties a field set to nothing', async () => {
    const { run, json } = await cli();
    await run('edit', '1', '--author', 'A One', '--editor', 'E One', '--set', 'journal=J');
    await run('edit', '1', '--author', 'B Two', '--author', 'C Three', '--set', 'journal=', '--json');
    const paper = json() as Paper;
    expect(paper.creators.map((creator) => `${creator.role}:${creator.family}`)).toEqual([
      'author:Two',
      'author:Three',
      'editor:One',
    ]);
    expect(paper.journal).toBeNull();
    await run('edit', '1', '--author', '', '--json');
    expect((json() as Paper).authors).toEqual([]);
  });

  it.each([
    [['--set', 'year=20x5'], 1, /"20x5" is not a year.*Nothing was changed\./],
    [['--set', 'doi=12345'], 1, /"12345" is not a DOI.*Nothing was changed\./],
    [['--type', 'inproceeding'], 1, /"inproceeding" is not an entry type\. Did you mean inproceedings\?/],
    [['--set', 'title='], 1, /A paper needs a title\./],
    [['--set', 'jounral=X'], 2, /--set does not know the field "jounral".*--extra jounral=VALUE/],
    [['--set', 'journal'], 2, /--set takes name=value/],
    [['--set', 'author=Jun Zhu'], 2, /Names are given with --author NAME, once for each/],
    [[], 2, /edit needs something to change/],
  ])('refuses %j with exit %i and a clear message, changing nothing', async (options, status, message) => {
    const { run, err, json } = await cli();
    await run('list', '--json');
    const before = json();
    expect(await run('edit', '1', ...options)).toBe(status);
    expect(err.join('\n')).toMatch(message);
    await run('list', '--json');
    expect(json()).toEqual(before);
  });

  it('says so for an unknown paper', async () => {
    const { run, err } = await cli();
    expect(await run('edit', 'nokey', '--set', 'year=2020')).toBe(1);
    expect(err.join('')).toMatch(/No paper has the id or citation key "nokey"/);
  });
});

describe('shelfmark add', () => {
  it('adds a paper by hand and prints it', async () => {
    const { run, json } = await cli();
    expect(
      await run(
        'add',
        '--title',
        'Attention Is All You Need',
        '--author',
        'Ashish Vaswani',
        '--set',
        'year=2017',
        '--type',
        'inproceedings',
        '--json',
      ),
    ).toBe(0);
    expect(json()).toMatchObject({
      citekey: 'vaswani2017attention',
      entryType: 'inproceedings',
      year: 2017,
      status: 'unread',
    });
  });

  it('needs a title', async () => {
    const { run, err } = await cli();
    expect(await run('add', '--set', 'year=2017')).toBe(2);
    expect(err.join('')).toMatch(/add needs --title/);
  });
});

describe('shelfmark rekey', () => {
  it('lists every change and changes nothing without --yes, then applies with --yes', async () => {
    const { run, out, json } = await cli();
    await run('edit', '1', '--author', 'Yabo Zhang', '--set', 'year=2025');
    expect(await run('rekey', '--only-provisional')).toBe(0);
    expect(out.join('\n')).toBe(
      [
        'Would change 1 citation key:',
        '  zetaNetLearning  ->  zhang2025zeta   Zeta-Net: Learning $Q$-Values from Few Samples',
        'Nothing was changed; run again with --yes to apply.',
      ].join('\n'),
    );
    await run('list', '--json');
    expect((json() as Paper[]).map((paper) => paper.citekey)).toContain('zetaNetLearning');
    expect(await run('rekey', '--only-provisional', '--yes', '--json')).toBe(0);
    expect(json()).toEqual({
      applied: true,
      changes: [
        {
          id: 1,
          title: 'Zeta-Net: Learning $Q$-Values from Few Samples',
          from: 'zetaNetLearning',
          to: 'zhang2025zeta',
        },
      ],
    });
    expect(await run('rekey', '--only-provisional')).toBe(0);
    expect(out.join('')).toBe('No citation key would change.');
    expect(await run('undo')).toBe(0);
    expect(out.join('')).toBe('Undid: Change citation key to zhang2025zeta');
  });

  it('takes papers by id or key, but not both ways at once', async () => {
    const { run, err } = await cli();
    expect(await run('rekey', '1', '--only-provisional')).toBe(2);
    expect(await run('rekey')).toBe(2);
    expect(err.join('')).toMatch(/rekey takes papers/);
  });
});

describe('shelfmark list --json', () => {
  it('carries the whole record', async () => {
    const { run, json } = await cli();
    await run('edit', '1', '--set', 'volume=12', '--extra', 'bdsk-url-1=https://x.example');
    await run('list', '--json');
    const [paper] = json() as Paper[];
    expect(paper).toMatchObject({
      entryType: 'misc',
      creators: [],
      volume: '12',
      month: null,
      extraFields: [{ name: 'bdsk-url-1', value: 'https://x.example' }],
      citekeyProvisional: true,
    });
  });
});
