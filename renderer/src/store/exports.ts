import type { ExportFormat, ExportSelection } from '../../../preload/api';
import { callApi, isDesktop } from '../api';
import { plural } from '../plural';
import { useToastStore } from './toastStore';

function download(filename: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves an export: main's save dialog in the desktop app, a download in a browser. */
export async function saveExport(format: ExportFormat, selection: ExportSelection): Promise<boolean> {
  const toast = useToastStore.getState();
  try {
    if (isDesktop()) {
      const { path, count } = await callApi('saveExport', { format, selection });
      if (path) toast.show(`Saved ${plural(count, 'paper')} to ${path}.`);
      return path !== null;
    }
    const file = await callApi('exportPapers', { format, selection });
    download(file.filename, file.mimeType, file.content);
    toast.show(`Exported ${plural(file.count, 'paper')}.`);
    return true;
  } catch (error) {
    toast.show(error instanceof Error ? error.message : String(error));
    return false;
  }
}

export async function copyBibtex(ids: number[]): Promise<void> {
  const toast = useToastStore.getState();
  try {
    const file = await callApi('exportPapers', { format: 'bibtex', selection: { ids } });
    await navigator.clipboard.writeText(file.content);
    toast.show(`Copied BibTeX for ${plural(file.count, 'paper')}.`);
  } catch (error) {
    toast.show(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
  }
}
