import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

/** bin/shelfmark.js copied into a folder with only `built` under out/main. */
function run(built: string[]): { status: number | null; stderr: string } {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'out', 'main'), { recursive: true });
  copyFileSync(join(__dirname, '..', '..', 'bin', 'shelfmark.js'), join(root, 'bin', 'shelfmark.js'));
  for (const file of built)
    writeFileSync(join(root, 'out', 'main', file), 'exports.runCli = async () => 0;\n');
  const result = spawnSync(process.execPath, [join(root, 'bin', 'shelfmark.js'), '--help'], {
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('bin/shelfmark', () => {
  it('says how to build when the CLI is not built', () => {
    const { status, stderr } = run([]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^shelfmark: the CLI is not built yet.*Run `npm install`/);
  });

  it('says the same of a build from older code (no bundle loader), not a stack trace', () => {
    const { status, stderr } = run(['cli.js']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^shelfmark: the CLI is not built yet, or was built from older code/);
    expect(stderr).not.toContain('MODULE_NOT_FOUND');
  });
});
