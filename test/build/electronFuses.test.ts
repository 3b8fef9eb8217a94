import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder reads its YAML with js-yaml; the test reads it the same way.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
}

const config = yaml.load(
  readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('the packaged app', () => {
  it('flips the Electron fuses that close ways to run code in it', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar, which the integrity fuse needs', () => {
    expect(config.asar).not.toBe(false);
  });

  it('names only fuses electron-builder knows', () => {
    const declarations = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8');
    const known = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(declarations)?.[1] ?? '';
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known).toContain(`${fuse}?: boolean`);
  });
});
