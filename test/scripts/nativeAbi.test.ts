import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleVersionOf } from '../../scripts/nativeAbi.mjs';

const require = createRequire(import.meta.url);

describe('moduleVersionOf', () => {
  it("reads this Node's ABI from the better-sqlite3 build the tests use", () => {
    const addon = join(
      dirname(require.resolve('better-sqlite3/package.json')),
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(moduleVersionOf(readFileSync(addon))).toBe(Number(process.versions.modules));
  });

  it('finds the symbol with the leading underscore macOS adds, and nothing in other files', () => {
    expect(moduleVersionOf(Buffer.from('\0\0_node_register_module_v143\0'))).toBe(143);
    expect(moduleVersionOf(Buffer.from('no addon here'))).toBeNull();
  });
});
