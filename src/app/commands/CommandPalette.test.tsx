// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from './buildCommands.ts';
import { CommandPalette } from './CommandPalette.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
let ran: string[];
let closed: number;
const command = (id: string, label: string, enabled = true): Command => ({
  id,
  label,
  enabled,
  run: () => void ran.push(id),
});
const commands = [
  command('undo', 'Undo'),
  command('redo', 'Redo', false),
  command('add-Review', 'Add operator Review'),
];

beforeEach(async () => {
  ran = [];
  closed = 0;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<CommandPalette commands={commands} onClose={() => void closed++} />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

const input = () => host.querySelector('input') as HTMLInputElement;
const options = () => [...host.querySelectorAll('[role="option"]')].map((o) => o.textContent);
const activeOption = () => host.querySelector('[aria-selected="true"]')?.textContent;
const press = (key: string) =>
  act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
const type = (text: string) =>
  act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('CommandPalette', () => {
  it('is a dialog named "Command palette" with a focused search field over every command', () => {
    expect(host.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Command palette');
    expect(document.activeElement).toBe(input());
    expect(options()).toEqual(['Undo', 'Redo', 'Add operator Review']);
  });

  it('filters as you type and runs the highlighted command on Enter, closing first', async () => {
    await type('review');
    expect(options()).toEqual(['Add operator Review']);
    await press('Enter');
    expect([closed, ran]).toEqual([1, ['add-Review']]);
  });

  it('moves with the arrow keys, wrapping, and never runs a greyed-out command', async () => {
    await press('ArrowDown');
    expect(activeOption()).toBe('Redo');
    await press('Enter');
    expect(ran).toEqual([]);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(activeOption()).toBe('Add operator Review');
    expect(input().getAttribute('aria-activedescendant')).toBe(
      host.querySelector('[aria-selected="true"]')?.id,
    );
  });

  it('closes on Escape without letting the key reach the studio', async () => {
    let reached = false;
    const listener = () => (reached = true);
    window.addEventListener('keydown', listener);
    await press('Escape');
    window.removeEventListener('keydown', listener);
    expect([closed, reached]).toEqual([1, false]);
  });

  it('says when nothing matches', async () => {
    await type('zzz');
    expect(options()).toEqual([]);
    expect(host.textContent).toContain('No command matches “zzz”.');
  });
});
