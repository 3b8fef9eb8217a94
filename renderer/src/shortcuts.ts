import type { PaperStatus } from '../../preload/api';

export type ShortcutAction =
  | { kind: 'move'; delta: number }
  | { kind: 'open' }
  | { kind: 'status'; status: PaperStatus }
  | { kind: 'tag' }
  | { kind: 'note' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'selectAll' }
  | { kind: 'help' }
  | { kind: 'search' }
  | { kind: 'escape' };

/** What the shortcut sheet lists; the same table the key handler reads. */
export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'j / ↓', does: 'Next paper' },
  { keys: 'k / ↑', does: 'Previous paper' },
  { keys: 'Enter', does: 'Open the paper' },
  { keys: '1 / 2 / 3', does: 'Move to Unread / Reading / Read' },
  { keys: 't', does: 'Tag the paper' },
  { keys: 'n', does: 'Write a note' },
  { keys: 'Ctrl/⌘ + A', does: 'Select every paper in the list' },
  { keys: 'Ctrl/⌘ + Z', does: 'Undo' },
  { keys: 'Shift + Ctrl/⌘ + Z', does: 'Redo' },
  { keys: '/', does: 'Search' },
  { keys: '?', does: 'Show or hide these shortcuts' },
];

const STATUS_KEYS: Record<string, PaperStatus> = { '1': 'unread', '2': 'reading', '3': 'read' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Maps a key press to an action, or null. Pure, so the mapping is tested without a browser. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey) return null;
  if (command) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'a') return { kind: 'selectAll' };
    return null;
  }
  const status = STATUS_KEYS[event.key];
  if (status) return { kind: 'status', status };
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'move', delta: 1 };
    case 'k':
    case 'ArrowUp':
      return { kind: 'move', delta: -1 };
    case 'Enter':
      return { kind: 'open' };
    case 't':
      return { kind: 'tag' };
    case 'n':
      return { kind: 'note' };
    case '?':
      return { kind: 'help' };
    case '/':
      return { kind: 'search' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** Typing in a field, or working in a dialog, is never a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
