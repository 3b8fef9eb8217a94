import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devNativeBinding, electronNativeBindingPath } from '../../main/shell/nativeBinding';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

describe('devNativeBinding', () => {
  it("uses the Electron build from .native when it is there, and the module's own otherwise", () => {
    const root = tempDir();
    expect(devNativeBinding(root, '40.1.0', false)).toBeUndefined();
    const path = electronNativeBindingPath(root, '40.1.0');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    expect(devNativeBinding(root, '40.1.0', false)).toBe(path);
    expect(devNativeBinding(root, '41.0.0', false)).toBeUndefined();
  });

  it('leaves packaged apps to the binary electron-builder rebuilt', () => {
    const root = tempDir();
    const path = electronNativeBindingPath(root, '40.1.0');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    expect(devNativeBinding(root, '40.1.0', true)).toBeUndefined();
  });
});
