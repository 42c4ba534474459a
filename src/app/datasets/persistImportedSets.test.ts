import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { memoryDocs } from '../persistence/memoryDocs.testutil.ts';
import { createAppStore } from '../store/createAppStore.ts';
import type { ImportedSet } from './importedSets.ts';
import { loadImportedSets, persistImportedSets } from './persistImportedSets.ts';

const task = { id: 'gsm8k/0', type: 'math', question: 'What is 6 × 7?', gold: '42', source: 'gsm8k' };
const set = (id: string): ImportedSet =>
  ({ id, dataset: 'gsm8k', source: 'test.jsonl', tasks: [task], skipped: 0 }) as unknown as ImportedSet;

describe('imported sets in the store and in IndexedDB', () => {
  it('saves on every change and loads back only well-formed sets', async () => {
    const store = createAppStore(createBuiltinRegistry(), 'Custom');
    const docs = memoryDocs();
    persistImportedSets(store, docs);
    store.getState().addImportedSet(set('dataset:gsm8k:1'));
    store.getState().addImportedSet(set('dataset:gsm8k:2'));
    await Promise.resolve();
    const stored = docs.data.get('importedSets') as unknown[];
    expect(stored).toHaveLength(2);
    const broken = memoryDocs({
      importedSets: [...stored, { id: 'dataset:x:1', tasks: [] }, { id: 'builtin:math', tasks: [task] }, 7],
    });
    expect((await loadImportedSets(broken)).map((s) => s.id)).toEqual(['dataset:gsm8k:1', 'dataset:gsm8k:2']);
    expect(await loadImportedSets(memoryDocs({ importedSets: 'nope' }))).toEqual([]);
  });

  it('picking an imported set follows its task type; removing it returns the picker to a built-in suite', () => {
    const store = createAppStore(createBuiltinRegistry(), 'Custom');
    const qa = { ...set('dataset:squad_v2:1'), tasks: [{ ...task, type: 'qa' }] } as unknown as ImportedSet;
    store.getState().addImportedSet(qa);
    store.getState().setRunTask({ suite: qa.id, taskIndex: 0 });
    expect(store.getState()).toMatchObject({ suite: 'dataset:squad_v2:1', taskType: 'qa' });
    store.getState().removeImportedSet(qa.id);
    expect(store.getState()).toMatchObject({ suite: 'builtin:math', taskIndex: 0, importedSets: [] });
  });
});
