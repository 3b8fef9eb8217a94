import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { saveWithDialog } from '../../main/shell/saveWithDialog';
import { useTempDir } from '../fixtures/tempLibrary';

const tempDir = useTempDir();

function dialogAnswering(answer: { canceled: boolean; filePath?: string }) {
  const showSaveDialog = vi.fn(() => Promise.resolve(answer));
  return { dialog: { showSaveDialog } as unknown as Dialog, showSaveDialog };
}

describe('saving an export from the desktop app', () => {
  it("writes where the person chose in main's dialog, suggesting the file's name", async () => {
    const path = join(tempDir(), 'chosen.bib');
    const { dialog, showSaveDialog } = dialogAnswering({ canceled: false, filePath: path });
    const window = {} as BrowserWindow;
    const saved = await saveWithDialog(dialog, () => window).saveFile(
      'shelfmark-2026-11-26.bib',
      '@misc{a, title={A}}\n',
    );
    expect(saved).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('@misc{a, title={A}}\n');
    expect(showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: 'shelfmark-2026-11-26.bib' });
  });

  it('writes nothing when the person cancels', async () => {
    const { dialog } = dialogAnswering({ canceled: true });
    const saved = await saveWithDialog(dialog, () => null).saveFile('x.bib', 'content');
    expect(saved).toBeNull();
  });
});
