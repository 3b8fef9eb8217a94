import { useEffect, useState } from 'react';
import { BulkBar } from '../components/BulkBar';
import { AddPaperDialog } from '../components/AddPaperDialog';
import { RekeyDialog } from '../components/RekeyDialog';
import { SortControl } from '../components/SortControl';
import { ExportDialog } from '../components/ExportDialog';
import { useExportDialogStore } from '../store/exportDialogStore';
import { ImportDialog } from '../components/ImportDialog';
import { PaperDetail } from '../components/PaperDetail';
import { PaperList } from '../components/PaperList';
import { SearchBox } from '../components/SearchBox';
import { ShortcutSheet } from '../components/ShortcutSheet';
import { Sidebar } from '../components/Sidebar';
import { Toast } from '../components/Toast';
import { useShortcuts } from '../hooks/useShortcuts';
import { useImportStore } from '../store/importStore';
import { useLibraryStore } from '../store/libraryStore';
import {
  selectEmptyListText,
  selectResultCount,
  selectSearchPending,
  selectShownNote,
} from '../store/selectors';
import { useUiStore } from '../store/uiStore';
import { LookupBanner } from '../components/lookup/LookupBanner';
import { LookupSettingsDialog } from '../components/lookup/LookupSettingsDialog';
import { ReviewDialog } from '../components/lookup/ReviewDialog';
import { useLookupStore } from '../store/lookupStore';

/** How often the window asks whether the library changed elsewhere. */
const FOLLOW_EVERY_MS = 500;

function EmptyLibrary({ onImport }: { onImport: () => void }) {
  return (
    <div className="empty-library">
      <h2>Your reading list is empty</h2>
      <p>Paste a page of paper titles and abstracts, and Shelfmark files the papers into Unread.</p>
      <button type="button" className="primary" onClick={onImport}>
        Import papers
      </button>
    </div>
  );
}

function ListHeader() {
  const tag = useLibraryStore((state) => state.tag);
  const setTag = useLibraryStore((state) => state.setTag);
  const count = useLibraryStore(selectResultCount);
  const shownNote = useLibraryStore(selectShownNote);
  const searchPending = useLibraryStore(selectSearchPending);
  return (
    <div className="list-header" aria-busy={searchPending}>
      <span className="muted" role="status">
        {count}
        {shownNote}
      </span>
      {/* Shown only once an answer is slow (a delay in the stylesheet), so typing never flickers. */}
      {searchPending && <span className="searching">Searching…</span>}
      <SortControl />
      {tag !== null && (
        <button
          type="button"
          className="chip"
          onClick={() => void setTag(null)}
          aria-label={`Stop filtering by ${tag}`}
        >
          tag: {tag} ×
        </button>
      )}
    </div>
  );
}

export function LibraryView() {
  const loaded = useLibraryStore((state) => state.loaded);
  const libraryIsEmpty = useLibraryStore((state) => state.counts.all === 0);
  const listIsEmpty = useLibraryStore((state) => state.total === 0);
  const emptyListText = useLibraryStore(selectEmptyListText);
  const refresh = useLibraryStore((state) => state.refresh);
  const showImport = useImportStore((state) => state.show);
  const toggleShortcuts = useUiStore((state) => state.toggleShortcuts);
  const openLookupSettings = useLookupStore((state) => state.openSettings);
  const exporting = useExportDialogStore((state) => state.open);
  const showExport = useExportDialogStore((state) => state.show);
  const closeExport = useExportDialogStore((state) => state.close);
  const [adding, setAdding] = useState(false);
  const [rekeying, setRekeying] = useState(false);
  useShortcuts();

  // The page's start loads the first rows before drawing this (App); after a damaged library
  // is restored they are read here.
  useEffect(() => {
    if (!useLibraryStore.getState().loaded) void refresh();
  }, [refresh]);

  // Another process (the CLI, another window) may change the library: follow it within a second.
  const followChanges = useLibraryStore((state) => state.followChanges);
  useEffect(() => {
    const timer = setInterval(() => void followChanges(), FOLLOW_EVERY_MS);
    return () => clearInterval(timer);
  }, [followChanges]);

  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand">Shelfmark</span>
        <div className="toolbar-actions">
          <button type="button" onClick={() => toggleShortcuts(true)} aria-label="Keyboard shortcuts">
            ?
          </button>
          <button type="button" onClick={() => showExport()} disabled={libraryIsEmpty}>
            Export
          </button>
          <button type="button" onClick={() => setRekeying(true)} disabled={libraryIsEmpty}>
            Update provisional keys…
          </button>
          <button type="button" onClick={() => openLookupSettings(true)}>
            Lookup settings
          </button>
          <button type="button" onClick={() => setAdding(true)}>
            Add paper
          </button>
          <button type="button" className="primary" onClick={showImport}>
            Import
          </button>
        </div>
      </header>
      <div className="panes">
        <Sidebar />
        <main className="list-pane">
          {loaded && libraryIsEmpty ? (
            <EmptyLibrary onImport={showImport} />
          ) : (
            <>
              <SearchBox />
              <ListHeader />
              <LookupBanner />
              <BulkBar />
              {listIsEmpty && loaded ? <p className="muted list-empty">{emptyListText}</p> : <PaperList />}
            </>
          )}
        </main>
        <PaperDetail />
      </div>
      <ImportDialog />
      <ShortcutSheet />
      <ExportDialog open={exporting} onClose={closeExport} />
      <AddPaperDialog open={adding} onClose={() => setAdding(false)} />
      <RekeyDialog open={rekeying} onClose={() => setRekeying(false)} />
      <ReviewDialog />
      <LookupSettingsDialog />
      <Toast />
    </div>
  );
}
