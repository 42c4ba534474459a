// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { RunController } from '../run/createRunController.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { buildCommands, discoverCommands, filterCommands, type Command } from './buildCommands.ts';
import { commandUiFor } from './commandUi.ts';

const registry = createBuiltinRegistry();
const calls: string[] = [];
const run: RunController = {
  start: () => (calls.push('start'), Promise.resolve()),
  stop: () => void calls.push('stop'),
} as RunController;
const byId = (commands: Command[], id: string): Command => {
  const found = commands.find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
};

describe('buildCommands', () => {
  it('offers run, history, clipboard, files, view and one "Add operator" per operator', () => {
    const commands = buildCommands(createAppStore(registry, 'Plan'), run);
    expect(commands.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'run',
        'stop',
        'undo',
        'redo',
        'save',
        'export',
        'import',
        'fit',
        'help',
        'copy',
      ]),
    );
    expect(commands.filter((c) => c.label.startsWith('Add operator ')).length).toBe(registry.list().length);
    expect(byId(commands, 'run').keys).toBe('Ctrl+Enter');
  });

  it('greys out what would do nothing now', () => {
    const store = createAppStore(registry, 'Plan');
    let commands = buildCommands(store, run);
    expect([
      byId(commands, 'undo').enabled,
      byId(commands, 'stop').enabled,
      byId(commands, 'copy').enabled,
    ]).toEqual([false, false, false]);
    store.getState().edit({ type: 'addOperator', operator: 'Format' });
    commands = buildCommands(store, run);
    expect([byId(commands, 'undo').enabled, byId(commands, 'copy').enabled]).toEqual([true, true]);
  });

  it('runs commands against the store: add after the selection, undo, run, help', () => {
    const store = createAppStore(registry, 'Plan -> Format');
    store.getState().select('n1');
    byId(buildCommands(store, run), 'add-Review').run();
    expect(store.getState().dslText).toBe('Plan -> Review -> Format');
    byId(buildCommands(store, run), 'undo').run();
    expect(store.getState().dslText).toBe('Plan -> Format');
    byId(buildCommands(store, run), 'run').run();
    expect(calls).toContain('start');
    byId(buildCommands(store, run), 'help').run();
    expect(commandUiFor(store).getState().helpOpen).toBe(true);
  });
});

describe('discoverCommands', () => {
  it('offers the dock tabs and a Settings button that the page has', () => {
    document.body.innerHTML = `
      <header><button>Settings</button><button>Commands</button></header>
      <div role="tablist" aria-label="Dock"><button role="tab">Run</button><button role="tab">Watch</button></div>`;
    const found = discoverCommands(document);
    expect(found.map((c) => c.label)).toEqual(['Open Run', 'Open Watch', 'Open Settings']);
    let clicked = '';
    document
      .querySelectorAll('button')
      .forEach((b) => b.addEventListener('click', () => (clicked = b.textContent ?? '')));
    found[1]?.run();
    expect(clicked).toBe('Watch');
  });
});

describe('filterCommands', () => {
  const commands = buildCommands(createAppStore(registry, ''), run);
  it.each([
    ['', commands.length],
    ['add rev', 2],
    ['UNDO', 1],
    ['ctrl+shift+s', 1],
    ['nothing like this', 0],
  ])('%j matches %i commands', (query, count) => {
    expect(filterCommands(commands, query)).toHaveLength(count);
  });
});
