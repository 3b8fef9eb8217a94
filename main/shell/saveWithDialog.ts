import type { BrowserWindow, Dialog } from 'electron';
import type { ShellServices } from '../api/handlers';
import { writeChunksSafely } from '../writeFileSafely';

/** Main asks where to save with its own dialog, so the renderer never names a path. */
export function saveWithDialog(dialog: Dialog, window: () => BrowserWindow | null): ShellServices {
  return {
    async saveFile(defaultName, content) {
      const options = { defaultPath: defaultName };
      const owner = window();
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      // Written as the chunks come (a streamed export is never held whole), then renamed into place.
      await writeChunksSafely(choice.filePath, typeof content === 'string' ? [content] : content);
      return choice.filePath;
    },
  };
}
