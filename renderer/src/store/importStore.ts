import { create } from 'zustand';
import { MAX_IMPORT_TEXT, type ApiArgs, type ImportPreview, type PaperStatus } from '../../../preload/api';
import { callApi } from '../api';
import { errorMessage } from '../errorMessage';
import { useIdentifierImportStore } from './identifierImportStore';

interface ImportState {
  open: boolean;
  text: string;
  sourceName: string | undefined;
  placement: 'top' | 'bottom';
  /** Where the new papers are filed. */
  status: PaperStatus;
  /** Whether a file's keywords become tags. */
  keywordTags: boolean;
  preview: ImportPreview | null;
  /** The HTML flavour of the last paste, whose links give papers their arXiv ids. */
  html: string | undefined;
  error: string | null;
  busy: boolean;
  /** An import (not a preview) is under way: closing the dialog then would hide it, so Cancel stops it. */
  importing: boolean;
  show: () => void;
  close: () => void;
  setText: (text: string, sourceName?: string) => void;
  /** A file too large for the window, refused before it is read: the dialog says so and where to import it. */
  refuseFile: (name: string, bytes: number) => void;
  setPasteHtml: (html: string | undefined) => void;
  setPlacement: (placement: 'top' | 'bottom') => void;
  setStatus: (status: PaperStatus) => void;
  setKeywordTags: (keywordTags: boolean) => void;
  runPreview: () => Promise<void>;
  /** What `importPapers` (actions.ts) sends. */
  request: () => ApiArgs<'commitImport'>;
  startImport: () => void;
  /** The import failed: its message shows in the dialog, and the text stays there. */
  failImport: (message: string) => void;
}

/** What the dialog says of a file (or pasted text) over MAX_IMPORT_TEXT, which the core would refuse. */
function tooLargeToImport(name: string | undefined, size: number): string {
  const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;
  const limit = `the Import dialog takes up to ${megabytes(MAX_IMPORT_TEXT)}`;
  return name
    ? `${name} is ${megabytes(size)}: ${limit}. Import it from a terminal with "npx shelfmark import ${name}", which takes any size.`
    : `This text is ${megabytes(size)}: ${limit}. Save it to a file and import that from a terminal with "npx shelfmark import FILE".`;
}

/** The Import dialog's state; the import itself is the `importPapers` action. */

export const useImportStore = create<ImportState>((set, get) => ({
  open: false,
  text: '',
  sourceName: undefined,
  placement: 'bottom',
  status: 'unread',
  keywordTags: true,
  preview: null,
  html: undefined,
  error: null,
  busy: false,
  importing: false,

  show() {
    set({ open: true });
  },

  close() {
    set({
      open: false,
      text: '',
      sourceName: undefined,
      preview: null,
      html: undefined,
      error: null,
      busy: false,
      importing: false,
      status: 'unread',
      keywordTags: true,
    });
    useIdentifierImportStore.getState().reset();
  },

  setText(text, sourceName) {
    set({ text, sourceName, preview: null, error: null });
  },

  refuseFile(name, bytes) {
    set({ text: '', sourceName: undefined, preview: null, error: tooLargeToImport(name, bytes) });
  },

  setPasteHtml(html) {
    set({ html });
  },

  setPlacement(placement) {
    set({ placement });
  },

  setStatus(status) {
    set({ status });
  },

  setKeywordTags(keywordTags) {
    set({ keywordTags });
  },

  async runPreview() {
    const { text, sourceName } = get();
    if (text.trim() === '') {
      set({ preview: null, error: null });
      return;
    }
    if (text.length > MAX_IMPORT_TEXT) {
      set({ preview: null, error: tooLargeToImport(sourceName, text.length) });
      return;
    }
    set({ busy: true });
    try {
      // A list of identifiers is previewed by looking it up, which waits for the person to ask.
      const lines = await callApi('readIdentifiers', { text });
      useIdentifierImportStore.getState().setLines(text, lines);
      if (lines) {
        if (get().text === text) set({ preview: null, error: null });
        return;
      }
      const { html } = get();
      const preview = await callApi('previewImport', { text, ...(html ? { html } : {}) });
      if (get().text === text) set({ preview, error: null });
    } catch (error) {
      if (get().text === text) set({ preview: null, error: errorMessage(error) });
    } finally {
      set({ busy: false });
    }
  },

  request() {
    const { text, sourceName, placement, status, keywordTags, html } = get();
    return {
      text,
      placement,
      status,
      keywordTags,
      ...(sourceName ? { sourceName } : {}),
      ...(html ? { html } : {}),
    };
  },

  startImport() {
    set({ busy: true, importing: true, error: null });
  },

  failImport(message) {
    set({ busy: false, importing: false, error: message });
  },
}));
