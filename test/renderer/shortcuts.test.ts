import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShortcutSheet } from '../../renderer/src/components/ShortcutSheet';
import { SHORTCUTS, chordOf, keyLabel, shortcutFor, type KeyLike } from '../../renderer/src/shortcuts';

function key(name: string, modifiers: Partial<KeyLike> = {}): KeyLike {
  return { key: name, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('shortcutFor', () => {
  it.each([
    [key('j'), { kind: 'move', delta: 1 }],
    [key('ArrowDown'), { kind: 'move', delta: 1 }],
    [key('k'), { kind: 'move', delta: -1 }],
    [key('ArrowUp'), { kind: 'move', delta: -1 }],
    [key('Enter'), { kind: 'open' }],
    [key('1'), { kind: 'status', status: 'unread' }],
    [key('2'), { kind: 'status', status: 'reading' }],
    [key('3'), { kind: 'status', status: 'read' }],
    [key('r'), { kind: 'readNext' }],
    [key('R', { shiftKey: true }), { kind: 'readLast' }],
    [key('t'), { kind: 'tag' }],
    [key('n'), { kind: 'note' }],
    [key('Delete'), { kind: 'delete' }],
    [key('Backspace'), { kind: 'delete' }],
    [key('Escape'), { kind: 'escape' }],
    [key('/'), { kind: 'search' }],
    [key('?', { shiftKey: true }), { kind: 'help' }],
    [key('z', { ctrlKey: true }), { kind: 'undo' }],
    [key('z', { metaKey: true }), { kind: 'undo' }],
    [key('Z', { ctrlKey: true, shiftKey: true }), { kind: 'redo' }],
    [key('z', { metaKey: true, shiftKey: true }), { kind: 'redo' }],
    [key('y', { ctrlKey: true }), { kind: 'redo' }],
    [key('a', { ctrlKey: true }), { kind: 'selectAll' }],
  ])('%j → %j', (event, action) => {
    expect(shortcutFor(event)).toEqual(action);
  });

  it.each([
    key('x'),
    key('2', { altKey: true }),
    key('c', { ctrlKey: true }),
    key('4'),
    key('J', { shiftKey: true }),
    key('R'),
  ])('ignores %j', (event) => {
    expect(shortcutFor(event)).toBeNull();
  });
});

/** Every key press a person could make that we might bind: printable ASCII and the named keys, with each modifier. */
function everyKeyPress(): KeyLike[] {
  const names = [
    ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)),
    ...['Enter', 'Escape', 'Delete', 'Backspace', 'Tab', 'Home', 'End', 'PageUp', 'PageDown'],
    ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'F1', 'F2'],
  ];
  const modifiers: Partial<KeyLike>[] = [
    {},
    { shiftKey: true },
    { ctrlKey: true },
    { metaKey: true },
    { ctrlKey: true, shiftKey: true },
  ];
  return names.flatMap((name) => modifiers.map((modifier) => key(name, modifier)));
}

describe('the shortcut sheet', () => {
  const sheet = renderToStaticMarkup(createElement(ShortcutSheet));

  it('lists every key press that does something, with what it does', () => {
    const bound = everyKeyPress().filter((press) => shortcutFor(press) !== null);
    expect(bound.length).toBeGreaterThanOrEqual(SHORTCUTS.flatMap((shortcut) => shortcut.keys).length);
    for (const press of bound) {
      const chord = chordOf(press);
      const row = SHORTCUTS.find((shortcut) => shortcut.keys.includes(chord));
      expect(row, `${chord} is bound but not in the table`).toBeDefined();
      expect(sheet).toContain(`<kbd>${keyLabel(chord)}</kbd>`);
      expect(sheet).toContain(row?.does);
    }
  });

  it('lists Escape, Delete and Read next', () => {
    expect(sheet).toContain('<kbd>Escape</kbd>');
    expect(sheet).toContain('<kbd>Delete</kbd>');
    expect(sheet).toContain('Read next');
    expect(sheet).toContain('Clear the selection');
  });

  it('writes chords as a person reads them', () => {
    expect(keyLabel('Mod+Shift+z')).toBe('Ctrl/⌘ + Shift + Z');
    expect(keyLabel('ArrowDown')).toBe('↓');
    expect(keyLabel('j')).toBe('j');
  });
});
