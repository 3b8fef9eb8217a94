import { useEffect } from 'react';
import { DETAIL_ID } from '../components/PaperDetail';
import { TAG_INPUT_ID } from '../components/PaperTags';
import { SEARCH_INPUT_ID } from '../components/SearchBox';
import { isTypingTarget, shortcutFor, type ShortcutAction } from '../shortcuts';
import { createNote, deletePapers, moveToQueue, readLast, readNext, redo, undo } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { selectActionTargets } from '../store/selectors';
import { useUiStore } from '../store/uiStore';

async function run(action: ShortcutAction): Promise<void> {
  const library = useLibraryStore.getState();
  const ui = useUiStore.getState();
  const targets = selectActionTargets(library);
  const cursor = library.cursorId;
  switch (action.kind) {
    case 'move':
      await library.moveCursor(action.delta);
      return;
    case 'open':
      document.getElementById(DETAIL_ID)?.focus();
      return;
    case 'status':
      if (targets.length > 0) await moveToQueue(targets, action.status);
      return;
    case 'readNext':
      if (cursor !== null) await readNext(cursor);
      return;
    case 'readLast':
      if (cursor !== null) await readLast(cursor);
      return;
    case 'tag':
      // The tag box belongs to the open paper: wait until it is on screen.
      if (library.current?.id !== cursor) await library.loadCurrent();
      document.getElementById(TAG_INPUT_ID)?.focus();
      return;
    case 'note':
      if (cursor !== null) await createNote(cursor);
      return;
    case 'delete':
      if (targets.length > 0) await deletePapers(targets);
      return;
    case 'undo':
      await undo();
      return;
    case 'redo':
      await redo();
      return;
    case 'selectAll':
      await library.selectAll();
      return;
    case 'help':
      ui.toggleShortcuts();
      return;
    case 'search':
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return;
    case 'escape':
      if (ui.shortcutsOpen) ui.toggleShortcuts(false);
      else library.clearSelection();
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
