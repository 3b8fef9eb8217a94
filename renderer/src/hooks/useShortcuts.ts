import { useEffect } from 'react';
import { callApi } from '../api';
import { DETAIL_ID } from '../components/PaperDetail';
import { TAG_INPUT_ID } from '../components/PaperTags';
import { SEARCH_INPUT_ID } from '../components/SearchBox';
import { isTypingTarget, shortcutFor, type ShortcutAction } from '../shortcuts';
import { applyChange, redoLast, undoLast } from '../store/changes';
import { useLibraryStore } from '../store/libraryStore';
import { createNote } from '../store/notes';
import { useUiStore } from '../store/uiStore';

async function run(action: ShortcutAction): Promise<void> {
  const library = useLibraryStore.getState();
  const ui = useUiStore.getState();
  const targets =
    library.selectedIds.length > 0
      ? library.selectedIds
      : library.cursorId === null
        ? []
        : [library.cursorId];
  switch (action.kind) {
    case 'move':
      library.moveCursor(action.delta);
      return;
    case 'open':
      document.getElementById(DETAIL_ID)?.focus();
      return;
    case 'status':
      if (targets.length > 0)
        await applyChange(() => callApi('setStatus', { ids: targets, status: action.status }));
      return;
    case 'tag':
      // The tag box belongs to the open paper: wait until it is on screen.
      if (library.current?.id !== library.cursorId) await library.loadCurrent();
      document.getElementById(TAG_INPUT_ID)?.focus();
      return;
    case 'note':
      if (library.cursorId !== null) await createNote(library.cursorId);
      return;
    case 'undo':
      await undoLast();
      return;
    case 'redo':
      await redoLast();
      return;
    case 'selectAll':
      library.selectAll();
      return;
    case 'help':
      ui.toggleShortcuts();
      return;
    case 'search':
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return;
    case 'escape':
      if (ui.shortcutsOpen) ui.toggleShortcuts(false);
      return;
  }
}

/**
 * The window's keyboard: active everywhere except while typing in a field or working in a
 * dialog. Actions run one after another, each on the state the previous one left, so "2 3"
 * typed quickly moves this paper to Reading and the next one to Read.
 */
export function useShortcuts(): void {
  useEffect(() => {
    let pending = Promise.resolve();
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      pending = pending.then(() => run(action)).catch((error: unknown) => console.error(error));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
