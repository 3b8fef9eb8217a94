import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../main/cli';
import { openLibrary } from '../../main/db/openLibrary';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

function cli(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => '',
    env,
  };
  const run = (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(argv, io);
  };
  return { run, out, err };
}

describe('a library path that names nothing', () => {
  it('is refused with the path and how to create it, and creates no folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'no', 'such', 'dir', 'lib.sqlite');
    const { run, out, err } = cli();
    expect(await run('--db', path, 'list')).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(`There is no Shelfmark library at ${path}`);
    expect(err.join('\n')).toContain(`shelfmark init ${path}`);
    expect(err.join('\n')).toContain('--create');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is refused the same way when it comes from SHELFMARK_DB', async () => {
    const path = join(tempDir(), 'typo.sqlite');
    const { run, err } = cli({ SHELFMARK_DB: path });
    expect(await run('list')).toBe(1);
    expect(err.join('\n')).toContain(`There is no Shelfmark library at ${path}`);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a zero-byte file rather than initialising it, and leaves it empty', async () => {
    const path = join(tempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const { run, err } = cli();
    expect(await run('--db', path, 'import', '-')).toBe(1);
    expect(err.join('\n')).toContain(`${path} is an empty file (0 bytes)`);
    expect(readdirSync(join(path, '..'))).toEqual(['empty.sqlite']);
    expect(await run('--db', path, 'list', '--json')).toBe(1);
  });

  it('makes a new library with --create, folders included', async () => {
    const path = join(tempDir(), 'new', 'lib.sqlite');
    const { run, out } = cli();
    expect(await run('--db', path, 'list', '--json', '--create')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([]);
    expect(await run('--db', path, 'list', '--json')).toBe(0);
  });

  it('makes a new library with init PATH, and says where', async () => {
    const path = join(tempDir(), 'papers', 'lib.sqlite');
    const { run, out } = cli();
    expect(await run('init', path)).toBe(0);
    expect(out.join('\n')).toContain(`Created a new Shelfmark library at ${path}`);
    expect(await run('--db', path, 'list', '--json')).toBe(0);
    expect(await run('init', path)).toBe(0);
    expect(out.join('\n')).toContain(`${path} is already a Shelfmark library; nothing was changed.`);
  });

  it('init refuses a file that is not a library, without touching it', async () => {
    const path = join(tempDir(), 'notes.txt');
    writeFileSync(path, 'my notes '.repeat(100));
    const { run, err } = cli();
    expect(await run('init', path)).toBe(1);
    expect(err.join('\n')).toMatch(/not a Shelfmark library/);
  });

  it('makes the default library without being asked', async () => {
    const home = tempDir();
    const { run, out } = cli({ XDG_CONFIG_HOME: home, APPDATA: home, HOME: home });
    expect(await run('list', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([]);
  });

  it('opens an existing library as before', async () => {
    const path = join(tempDir(), 'lib.sqlite');
    openLibrary(path).close();
    const { run } = cli();
    expect(await run('--db', path, 'list')).toBe(0);
  });
});
