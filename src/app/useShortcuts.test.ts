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
  ])('%o → %s', (event, expected) => {
    expect(shortcutFor(event)).toBe(expected);
  });
});
