import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import type { Paper } from '../../preload/api';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();
const RECORD_BIB = join(__dirname, '..', 'fixtures', 'record.bib');

/** A library with record.bib imported (years 2091, 1984, 2016; first authors Zhu, Knuth, Abadi). */
async function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const db = join(tempDir(), 'library.sqlite');
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
  expect(await run('--create', 'import', RECORD_BIB)).toBe(0);
  const keys = () => (JSON.parse(out.join('\n')) as Paper[]).map((paper) => paper.citekey);
  return { run, out, err, keys };
}

describe('shelfmark list --sort', () => {
  it('orders by the window’s sort names, ascending unless :desc is added', async () => {
    const { run, keys } = await cli();
    expect(await run('list', '--json')).toBe(0);
    expect(keys()).toEqual(['zhu2019', 'knuth1984', 'abadi2016']);
    expect(await run('list', '--sort', 'year', '--json')).toBe(0);
    expect(keys()).toEqual(['knuth1984', 'abadi2016', 'zhu2019']);
    expect(await run('list', '--sort', 'year:desc', '--json')).toBe(0);
    expect(keys()).toEqual(['zhu2019', 'abadi2016', 'knuth1984']);
    expect(await run('list', '--sort', 'author', '--json')).toBe(0);
    expect(keys()).toEqual(['abadi2016', 'knuth1984', 'zhu2019']);
    expect(await run('list', '--sort', 'title:asc', '--json')).toBe(0);
    expect(keys()).toEqual(['zhu2019', 'abadi2016', 'knuth1984']);
    expect(await run('list', '--sort', 'added:desc', '--json')).toBe(0);
    expect(keys()).toEqual(['abadi2016', 'knuth1984', 'zhu2019']);
    expect(await run('list', '--sort', 'queue', '--json')).toBe(0);
    expect(keys()).toEqual(['zhu2019', 'knuth1984', 'abadi2016']);
  });

  it('sorts the table too, within the filters', async () => {
    const { run, out } = await cli();
    expect(await run('status', 'zhu2019', 'read')).toBe(0);
    expect(await run('list', '--status', 'unread', '--sort', 'year:desc')).toBe(0);
    const rows = out.join('\n').split('\n').slice(1);
    expect(rows.map((row) => row.split(/\s+/)[3])).toEqual(['abadi2016', 'knuth1984']);
  });

  it('refuses an unknown sort name or direction, naming the valid ones, and prints nothing else', async () => {
    const { run, out, err } = await cli();
    expect(await run('list', '--sort', 'date', '--json')).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(
      '--sort must be one of queue, added, title, author, year (add :asc or :desc), not "date".',
    );
    expect(await run('list', '--sort', 'year:sideways')).toBe(2);
    expect(err.join('\n')).toContain('--sort direction must be asc or desc, not "sideways".');
  });
});
