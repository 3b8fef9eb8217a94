import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from '../../renderer/src/shortcuts';

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
    [key('t'), { kind: 'tag' }],
    [key('n'), { kind: 'note' }],
    [key('?'), { kind: 'help' }],
    [key('z', { ctrlKey: true }), { kind: 'undo' }],
    [key('z', { metaKey: true }), { kind: 'undo' }],
    [key('Z', { ctrlKey: true, shiftKey: true }), { kind: 'redo' }],
    [key('z', { metaKey: true, shiftKey: true }), { kind: 'redo' }],
    [key('y', { ctrlKey: true }), { kind: 'redo' }],
    [key('a', { ctrlKey: true }), { kind: 'selectAll' }],
  ])('%j → %j', (event, action) => {
    expect(shortcutFor(event)).toEqual(action);
  });

  it.each([key('x'), key('2', { altKey: true }), key('c', { ctrlKey: true }), key('4')])(
    'ignores %j',
    (event) => {
      expect(shortcutFor(event)).toBeNull();
    },
  );
});
