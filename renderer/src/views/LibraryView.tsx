import { useEffect } from 'react';
import { ImportDialog } from '../components/ImportDialog';
import { PaperDetail } from '../components/PaperDetail';
import { PaperList } from '../components/PaperList';
import { Sidebar } from '../components/Sidebar';
import { Toast } from '../components/Toast';
import { useImportStore } from '../store/importStore';
import { useLibraryStore } from '../store/libraryStore';

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

export function LibraryView() {
  const { loaded, counts, papers, error, refresh, clearError } = useLibraryStore();
  const showImport = useImportStore((state) => state.show);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand">Shelfmark</span>
        <button type="button" className="primary" onClick={showImport}>
          Import
        </button>
      </header>
      {error && (
        <div className="banner-error" role="alert">
          {error}
          <button type="button" onClick={clearError}>
            Dismiss
          </button>
        </div>
      )}
      <div className="panes">
        <Sidebar />
        <main className="list-pane">
          {loaded && counts.all === 0 ? (
            <EmptyLibrary onImport={showImport} />
          ) : papers.length === 0 && loaded ? (
            <p className="muted list-empty">No papers in this queue.</p>
          ) : (
            <PaperList />
          )}
        </main>
        <PaperDetail />
      </div>
      <ImportDialog />
      <Toast />
    </div>
  );
}
