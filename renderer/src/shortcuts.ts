import type { PaperStatus } from '../../preload/api';

export type ShortcutAction =
  | { kind: 'move'; delta: number }
  | { kind: 'open' }
  | { kind: 'status'; status: PaperStatus }
  | { kind: 'readNext' }
  | { kind: 'readLast' }
  | { kind: 'tag' }
  | { kind: 'note' }
  | { kind: 'delete' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'selectAll' }
  | { kind: 'help' }
  | { kind: 'search' }
  | { kind: 'escape' };

/** A key as `KeyboardEvent.key` names it, with "Mod+" for Ctrl (⌘ on a Mac) and "Shift+" when it must be held. */
type Chord = string;

export interface Shortcut {
  keys: Chord[];
  does: string;
  action: ShortcutAction;
}

/** THE table: the key handler reads it, and the shortcut sheet lists it, so the two cannot drift. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['j', 'ArrowDown'], does: 'Next paper', action: { kind: 'move', delta: 1 } },
  { keys: ['k', 'ArrowUp'], does: 'Previous paper', action: { kind: 'move', delta: -1 } },
  { keys: ['Enter'], does: 'Open the paper', action: { kind: 'open' } },
  { keys: ['1'], does: 'Move to Unread', action: { kind: 'status', status: 'unread' } },
  { keys: ['2'], does: 'Move to Reading', action: { kind: 'status', status: 'reading' } },
  { keys: ['3'], does: 'Move to Read', action: { kind: 'status', status: 'read' } },
  { keys: ['r'], does: 'Read next (top of Unread)', action: { kind: 'readNext' } },
  { keys: ['Shift+R'], does: 'Read last (bottom of Unread)', action: { kind: 'readLast' } },
  { keys: ['t'], does: 'Tag the paper', action: { kind: 'tag' } },
  { keys: ['n'], does: 'Write a note', action: { kind: 'note' } },
  {
    keys: ['Delete', 'Backspace'],
    does: 'Delete the paper, or the selected papers',
    action: { kind: 'delete' },
  },
  { keys: ['Mod+a'], does: 'Select every paper in the list', action: { kind: 'selectAll' } },
  { keys: ['Escape'], does: 'Clear the selection', action: { kind: 'escape' } },
  { keys: ['Mod+z'], does: 'Undo', action: { kind: 'undo' } },
  { keys: ['Mod+Shift+z', 'Mod+y'], does: 'Redo', action: { kind: 'redo' } },
  { keys: ['/'], does: 'Search', action: { kind: 'search' } },
  { keys: ['?'], does: 'Show or hide these shortcuts', action: { kind: 'help' } },
];

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  Backspace: '⌫',
  Mod: 'Ctrl/⌘',
};

/** How the sheet writes a chord: "Shift + Ctrl/⌘ + Z", "↓", "⌫". */
export function keyLabel(chord: Chord): string {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const named = KEY_NAMES[key] ?? (parts.length > 0 ? key.toUpperCase() : key);
  return [...parts.map((part) => KEY_NAMES[part] ?? part), named].join(' + ');
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The chord a key press is. Shift is part of it only with Ctrl/⌘ or a letter: it is what makes "?" a "?". */
export function chordOf(event: KeyLike): Chord {
  if (event.ctrlKey || event.metaKey)
    return `Mod+${event.shiftKey ? 'Shift+' : ''}${event.key.toLowerCase()}`;
  if (event.shiftKey && /^[A-Z]$/.test(event.key)) return `Shift+${event.key}`;
  return event.key;
}

const BY_CHORD = new Map(SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.action])));

/** Maps a key press to an action, or null. Pure, so the mapping is tested without a browser. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey) return null;
  return BY_CHORD.get(chordOf(event)) ?? null;
}

/** Typing in a field, or working in a dialog, is never a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
