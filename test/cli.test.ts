import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../main/cli';
import { openLibrary } from '../main/db/openLibrary';
import { MESSY_BIB } from './fixtures/messyBib';
import { MINI_PAGE, MINI_TITLES } from './fixtures/miniPage';
import { useTempDir } from './fixtures/tempLibrary';

const tempDir = useTempDir();

/** The library exists unless a test asks for none: only --create or init may make one. */
function cli(stdin = '', { existing = true } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  if (existing) openLibrary(db).close();
  const page = join(dir, 'page.txt');
  writeFileSync(page, MINI_PAGE);
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => stdin,
    env: {},
  };
  const run = (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(argv, io);
  };
  return { run, out, err, db, page, dir };
}

describe('shelfmark import', () => {
  it('adds the papers of a file and says so', async () => {
    const { run, out, db, page } = cli();
    expect(await run('--db', db, 'import', page)).toBe(0);
    expect(out.join('\n')).toBe('Added 3 papers to Unread; 0 duplicates already in the library.');
  });

  it('prints one JSON object with --json, and finds the duplicates the second time', async () => {
    const { run, out, db, page } = cli();
    expect(await run('--db', db, 'import', page, '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual({ added: 3, duplicates: 0, errors: [], warnings: [] });
    expect(await run('--db', db, 'import', page, '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ added: 0, duplicates: 3, errors: [] });
  });

  it('reads standard input from -', async () => {
    const { run, out, db } = cli(MINI_TITLES.join('\n'));
    expect(await run('import', '-', '--json', '--db', db)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ added: 3 });
  });

  it('saves nothing with --dry-run', async () => {
    const { run, out, db, page } = cli();
    expect(await run('--db', db, 'import', page, '--dry-run', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ added: 3, duplicates: 0, dryRun: true });
    expect(await run('--db', db, 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([]);
  });

  it('fails with exit 1 and a message for text with no papers, importing nothing', async () => {
    const { run, err, db } = cli('1234\n');
    expect(await run('--db', db, 'import', '-')).toBe(1);
    expect(err.join('\n')).toMatch(/Found no paper titles.*Nothing was imported\./);
  });

  it('fails with exit 2 for a missing file, without creating a library', async () => {
    const { run, err, db, dir } = cli('', { existing: false });
    expect(await run('--db', db, 'import', join(dir, 'nope.txt'))).toBe(2);
    expect(err.join('\n')).toContain(`cannot read ${join(dir, 'nope.txt')}: no such file`);
    expect(existsSync(db)).toBe(false);
  });
});

describe('shelfmark list', () => {
  it('prints papers as JSON in the documented shape', async () => {
    const { run, out, db, page } = cli();
    await run('--db', db, 'import', page);
    expect(await run('--db', db, 'list', '--status', 'unread', '--json')).toBe(0);
    const papers = JSON.parse(out.join('')) as Record<string, unknown>[];
    expect(papers.map((paper) => paper.title)).toEqual(MINI_TITLES);
    expect(papers[0]).toMatchObject({
      id: 1,
      citekey: 'zetaNetLearning',
      status: 'unread',
      tags: [],
      url: 'https://example.org/zeta',
      codeUrl: 'https://github.com/example/zeta-net',
      authors: [],
      year: null,
      notes: [],
    });
    expect(papers[0]?.abstract).toEqual(expect.stringContaining('Zeta-Net, reuses past trajectories'));
    expect(await run('--db', db, 'list', '--status', 'read', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([]);
  });

  it('prints a readable table by default', async () => {
    const { run, out, db, page } = cli();
    await run('--db', db, 'import', page);
    expect(await run('--db', db, 'list')).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines[0]).toMatch(/^\s*ID\s+STATUS\s+CITEKEY\s+TITLE$/);
    expect(lines[1]).toMatch(/^\s*1\s+unread\s+zetaNetLearning\s+Zeta-Net: Learning \$Q\$-Values/);
  });

  it('uses SHELFMARK_DB when --db is not given', async () => {
    const { out, err, db, page } = cli();
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readStdin: () => '',
      env: { SHELFMARK_DB: db },
    };
    expect(await runCli(['import', page], io)).toBe(0);
    expect(existsSync(db)).toBe(true);
  });
});

describe('shelfmark argument errors', () => {
  it.each([
    [['list', '--status', 'someday'], /--status must be one of unread, reading, read/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['list', '--dry-run'], /list does not take --dry-run/],
    [['import'], /import takes one FILE/],
    [['list', '--colour'], /Unknown option '--colour'/],
  ])('%j exits 2 with a message and the usage', async (argv, message) => {
    const { run, err, db } = cli();
    expect(await run('--db', db, ...argv)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toContain('Usage: shelfmark');
  });

  it('exits 1 with a message for a file that is not a library', async () => {
    const { run, err, dir } = cli();
    const notLibrary = join(dir, 'notes.sqlite');
    writeFileSync(notLibrary, 'just some text, long enough to not be a database header at all');
    expect(await run('--db', notLibrary, 'list')).toBe(1);
    expect(err.join('\n')).toMatch(/notes\.sqlite is not a Shelfmark library/);
  });

  it('prints help with exit 0', async () => {
    const { run, out } = cli();
    expect(await run('--help')).toBe(0);
    expect(out.join('\n')).toContain('Usage: shelfmark');
  });
});

describe('shelfmark triage commands', () => {
  async function imported() {
    const tools = cli();
    await tools.run('--db', tools.db, 'import', tools.page);
    return tools;
  }

  it('moves a paper by id or citation key, and prints it as list --json does', async () => {
    const { run, out, db } = await imported();
    expect(await run('--db', db, 'status', '1', 'reading')).toBe(0);
    expect(out.join('')).toBe('Moved zetaNetLearning to reading.');
    expect(await run('--db', db, 'status', 'zetanetlearning', 'read', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ id: 1, status: 'read', tags: [], notes: [] });
    expect(await run('--db', db, 'list', '--status', 'read', '--json')).toBe(0);
    expect((JSON.parse(out.join('')) as { id: number }[]).map((paper) => paper.id)).toEqual([1]);
  });

  it('adds and removes tags, with spaces in quoted names and -name not taken for an option', async () => {
    const { run, out, db } = await imported();
    expect(await run('--db', db, 'tag', '1', '+deep learning', '+rl', 'offline')).toBe(0);
    expect(out.join('')).toBe('zetaNetLearning: deep learning, offline, rl');
    expect(await run('--db', db, 'tag', '1', '-rl', '-offline', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ tags: ['deep learning'] });
    expect(await run('--db', db, 'tag', '2', '+Deep Learning')).toBe(0);
    expect(await run('--db', db, 'list', '--tag', 'DEEP LEARNING', '--json')).toBe(0);
    expect((JSON.parse(out.join('')) as { id: number }[]).map((paper) => paper.id)).toEqual([1, 2]);
    expect(await run('--db', db, 'list', '--tag', 'deep learning', '--status', 'read', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([]);
  });

  it('says when a typed name adds an existing tag in its own spelling, or changes nothing', async () => {
    const { run, out, db } = await imported();
    await run('--db', db, 'tag', '1', '+RL');
    expect(await run('--db', db, 'tag', '2', '+rl')).toBe(0);
    expect(out).toEqual(['Added the existing tag “RL” for “rl”.', 'cremeBruleePolicies: RL']);
    expect(await run('--db', db, 'tag', '2', '+RL')).toBe(0);
    expect(out).toEqual(['cremeBruleePolicies already has RL.', 'cremeBruleePolicies: RL']);
  });

  it('adds notes, anchored with --quote, and lists them as {body, quote}', async () => {
    const { run, out, db } = await imported();
    expect(await run('--db', db, 'note', '1', 'Check', 'the', 'ablation')).toBe(0);
    expect(await run('--db', db, 'note', '1', 'Half?', '--quote', 'cuts sample cost by half')).toBe(0);
    expect(await run('--db', db, 'list', '--json')).toBe(0);
    const [paper] = JSON.parse(out.join('')) as { notes: { body: string; quote: string | null }[] }[];
    expect(paper?.notes).toEqual([
      expect.objectContaining({ body: 'Check the ablation', quote: null }),
      expect.objectContaining({ body: 'Half?', quote: 'cuts sample cost by half' }),
    ]);
  });

  it('undoes and redoes, across separate runs', async () => {
    const { run, out, db } = await imported();
    await run('--db', db, 'status', '1', 'read');
    expect(await run('--db', db, 'undo')).toBe(0);
    expect(out.join('')).toBe('Undid: Move 1 paper to Read');
    expect(await run('--db', db, 'redo', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual({ redone: 'Move 1 paper to Read' });
    await run('--db', db, 'list', '--status', 'read', '--json');
    expect(JSON.parse(out.join(''))).toHaveLength(1);
  });

  it.each([
    [['status', '99', 'read'], 1, 'No paper has the id or citation key "99". Nothing was changed.'],
    [['status', '1', 'someday'], 2, 'the queue must be one of unread, reading, read'],
    [['tag', '1', '+   '], 1, 'A tag needs a name. Nothing was changed.'],
    [['tag', '1'], 2, 'tag takes a paper and at least one +name or -name'],
    [['note', '1', 'x', '--quote', 'not in it'], 1, "The quoted text is not in this paper's abstract."],
    [['redo'], 1, 'Nothing to redo. Nothing was changed.'],
  ])('%j fails with exit %i and a clear message', async (argv, code, message) => {
    const { run, err, out, db } = await imported();
    expect(await run('--db', db, ...argv)).toBe(code);
    expect(err.join('\n')).toContain(message);
    await run('--db', db, 'list', '--json');
    expect(
      (JSON.parse(out.join('')) as { status: string; tags: string[] }[]).every(
        (p) => p.status === 'unread' && p.tags.length === 0,
      ),
    ).toBe(true);
  });

  it('says there is nothing to undo in a new library', async () => {
    const { run, err, db } = cli();
    expect(await run('--db', db, 'undo')).toBe(1);
    expect(err.join('')).toContain('Nothing to undo.');
  });
});

describe('shelfmark search', () => {
  it('prints papers best first in the list --json shape, with the window engine', async () => {
    const { run, out, db, page } = cli();
    await run('--db', db, 'import', page);
    await run('--db', db, 'tag', '3', '+links');
    expect(await run('--db', db, 'search', 'ofline', 'polcy', '--json')).toBe(0);
    const papers = JSON.parse(out.join('')) as { title: string; tags: string[]; notes: unknown[] }[];
    expect(papers[0]).toMatchObject({
      title: 'Crème Brûlée Policies: Déjà Vu in Offline RL',
      tags: [],
      notes: [],
    });
    expect(await run('--db', db, 'search', 'tag:links', '--json')).toBe(0);
    expect((JSON.parse(out.join('')) as { title: string }[]).map((paper) => paper.title)).toEqual([
      'A Third Paper Without Links',
    ]);
  });

  it('limits the results, and explains a query it had to read differently', async () => {
    const { run, out, err, db, page } = cli();
    await run('--db', db, 'import', page);
    expect(await run('--db', db, 'search', 'a', 'status:someday', '--limit', '1', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toHaveLength(1);
    expect(err.join('\n')).toContain('note: status: is unread, reading or read, not "someday".');
  });

  it.each([
    [['search'], 'search needs a query'],
    [['search', 'x', '--limit', 'lots'], '--limit must be 1-5000'],
  ])('%j exits 2 with a message', async (argv, message) => {
    const { run, err, db } = cli();
    expect(await run('--db', db, ...argv)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });
});

describe('shelfmark export', () => {
  it('writes BibTeX to stdout by default, and any format to a file with --out', async () => {
    const { run, out, err, db, page, dir } = cli();
    await run('--db', db, 'import', page);
    expect(await run('--db', db, 'export')).toBe(0);
    expect(out.join('\n')).toMatch(/^% Exported from Shelfmark: 3 entries\.\n\n@misc\{zetaNetLearning,/);
    const file = join(dir, 'list.md');
    expect(await run('--db', db, 'export', '--format', 'markdown', '--out', file)).toBe(0);
    expect(err.join('')).toBe(`Exported 3 papers to ${file}.`);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Reading list\n\n## Unread \(up next first\) \(3\)/);
  });

  it('exports a tag, a queue or a search', async () => {
    const { run, out, db, page } = cli();
    await run('--db', db, 'import', page);
    await run('--db', db, 'tag', '2', '+pick');
    await run('--db', db, 'status', '3', 'read');
    const keys = () => out.join('\n').match(/^@\w+\{[^,]+/gm);
    await run('--db', db, 'export', '--tag', 'pick');
    expect(keys()).toEqual(['@misc{cremeBruleePolicies']);
    await run('--db', db, 'export', '--status', 'read');
    expect(keys()).toEqual(['@misc{thirdPaperLinks']);
    await run('--db', db, 'export', '--query', 'zeta');
    expect(keys()).toEqual(['@misc{zetaNetLearning']);
    expect(await run('--db', db, 'export', '--format', 'csv')).toBe(0);
    expect(out.join('\n').split('\r\n')[0]).toBe(
      'citekey,title,authors,year,venue,status,tags,url,code_url,arxiv_id,doi,added_at,reading_at,read_at,abstract,notes',
    );
  });

  it('imports a .bib file, reporting the broken entry and importing the rest', async () => {
    const { run, out, err, db, dir } = cli();
    const bib = join(dir, 'refs.bib');
    writeFileSync(bib, MESSY_BIB);
    expect(await run('--db', db, 'import', bib)).toBe(0);
    expect(out.join('')).toBe('Added 3 papers to Unread; 0 duplicates already in the library.');
    expect(err.join('\n')).toMatch(/error: Line 23: the entry "brokenEntry" could not be read/);
  });

  it.each([
    [['export', '--format', 'docx'], '--format must be one of bibtex, biblatex, markdown, csv, json'],
    [['import', 'x.txt', '--format', 'pdf'], '--format must be one of auto, trending, bibtex, json'],
  ])('%j exits 2 with a message', async (argv, message) => {
    const { run, err, db, page } = cli();
    expect(await run('--db', db, ...argv.map((arg) => (arg === 'x.txt' ? page : arg)))).toBe(2);
    expect(err.join('\n')).toContain(message);
  });
});
