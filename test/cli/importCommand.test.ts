import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/db/openLibrary';
import { runCli, type CliIo } from '../../main/cli';
import { PNG_BYTES } from '../fixtures/binary';
import { MINI_PAGE } from '../fixtures/miniPage';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

function cli(env: NodeJS.ProcessEnv = {}) {
  const err: string[] = [];
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  const io: CliIo = { stdout: () => undefined, stderr: (text) => err.push(text), readStdin: () => '', env };
  return { run: (...argv: string[]) => runCli(argv, io), err, db, dir };
}

describe('shelfmark import tells a person what happened, in words', () => {
  it('says an import that fails inside the database saved nothing, without SQLite text', async () => {
    const { run, err, db, dir } = cli();
    const library = openLibrary(db);
    library.exec(
      `CREATE TRIGGER broken AFTER INSERT ON papers BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    library.close();
    const page = join(dir, 'page.txt');
    writeFileSync(page, MINI_PAGE);
    expect(await run('--db', db, 'import', page)).toBe(1);
    const message = err.join('\n');
    expect(message).toMatch(/^shelfmark: Something went wrong inside Shelfmark\. Nothing was saved/);
    expect(message).not.toMatch(/disk trouble|SQLITE|constraint/i);
  });

  it('shows the details only when asked for them', async () => {
    const { run, err, db, dir } = cli({ SHELFMARK_DEBUG: '1' });
    const library = openLibrary(db);
    library.exec(
      `CREATE TRIGGER broken AFTER INSERT ON papers BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    library.close();
    const page = join(dir, 'page.txt');
    writeFileSync(page, MINI_PAGE);
    expect(await run('--db', db, 'import', page)).toBe(1);
    expect(err.join('\n')).toContain('disk trouble');
  });

  it('refuses an image as not text, saying nothing was imported, once', async () => {
    const { run, err, db, dir } = cli();
    openLibrary(db).close();
    const image = join(dir, 'figure.png');
    writeFileSync(image, PNG_BYTES);
    expect(await run('--db', db, 'import', image)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^shelfmark: This is not text: .* Nothing was imported\.$/);
    expect(err[0]?.match(/Nothing was/g)).toHaveLength(1);
  });
});

describe('shelfmark import --status and --no-keyword-tags', () => {
  const BIB = '@article{a2020, title = {First Paper}, year = 2020, keywords = {robotics, planning}}\n';

  it('files the papers as read, and makes no tags from keywords when told not to', async () => {
    const { run, err, db, dir } = cli();
    const file = join(dir, 'thesis.bib');
    writeFileSync(file, BIB);
    const code = await run('--db', db, '--create', 'import', file, '--status', 'read', '--no-keyword-tags');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const library = openLibrary(db);
    expect(library.prepare('SELECT status FROM papers').pluck().all()).toEqual(['read']);
    expect(library.prepare('SELECT COUNT(*) FROM tags').pluck().get()).toBe(0);
    library.close();
  });

  it('refuses a status that is not one, before touching the library', async () => {
    const { run, err, db, dir } = cli();
    const file = join(dir, 'thesis.bib');
    writeFileSync(file, BIB);
    expect(await run('--db', db, '--create', 'import', file, '--status', 'done')).not.toBe(0);
    expect(err.join('\n')).toMatch(/--status/);
  });
});
