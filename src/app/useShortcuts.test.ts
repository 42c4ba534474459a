import { describe, expect, it } from 'vitest';
import { shortcutFor } from './useShortcuts.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Delete'), 'delete'],
    [key('Backspace'), 'delete'],
    [key('Enter', { ctrlKey: true }), 'run'],
    [key('Enter', { ctrlKey: true, altKey: true }), 'stop'],
    [key('Escape'), 'stop'],
    [key('Tab'), 'quickAdd'],
    [key('Tab', { shiftKey: true }), null],
    [key('Backspace', { ctrlKey: true }), null],
    [key('S', { ctrlKey: true, shiftKey: true }), 'export'],
    [key('o', { ctrlKey: true }), 'import'],
    [key('a'), null],
    [key('s', { ctrlKey: true }), 'save'],
    [key('s', { metaKey: true }), 'save'],
    [key('s'), null],
    [key('c', { ctrlKey: true }), 'copy'],
    [key('C', { ctrlKey: true, shiftKey: true }), null],
    [key('v', { metaKey: true }), 'paste'],
    [key('v', { ctrlKey: true, altKey: true }), null],
    [key('d', { ctrlKey: true }), 'duplicate'],
    [key('k', { ctrlKey: true }), 'palette'],
    [key('k'), null],
    [key('?', { shiftKey: true }), 'help'],
    [key('?', { ctrlKey: true, shiftKey: true }), null],
  ])('%o → %s', (event, expected) => {
    expect(shortcutFor(event)).toBe(expected);
  });
});
