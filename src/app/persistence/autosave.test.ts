import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import type { Workflow } from '../../core/graph/types.ts';
import type { IdbDocumentStore } from '../../adapters/browser/createIdbWorkflowStore.ts';
import { createEpisodeCanvas } from '../episodes/createEpisodeCanvas.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { loadAutosave, startAutosave } from './autosave.ts';
import { memoryDocs } from './memoryDocs.testutil.ts';

const registry = createBuiltinRegistry();

async function restoredDsl(docs: IdbDocumentStore): Promise<string> {
  const { workflow } = await loadAutosave(docs, registry);
  return workflow ? printWorkflow(workflow as Workflow, registry) : '(nothing)';
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('removeEventListener', () => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startAutosave', () => {
  it('saves the workflow shortly after an edit', async () => {
    const store = createAppStore(registry, 'Custom');
    const docs = memoryDocs();
    const stop = startAutosave(store, docs, 250);
    store.getState().edit({ type: 'addOperator', operator: 'Format' });
    expect(await restoredDsl(docs)).toBe('(nothing)');
    await vi.advanceTimersByTimeAsync(300);
    expect(await restoredDsl(docs)).toBe('Custom -> Format');
    stop();
  });

  it('keeps an edit made just before an episode borrows the canvas, and never saves the borrowed workflow', async () => {
    const store = createAppStore(registry, 'Custom');
    const docs = memoryDocs();
    const stop = startAutosave(store, docs, 250);
    store.getState().edit({ type: 'addOperator', operator: 'Verify' });
    // The player opens before the pending save ran (the race a quick import hit in the e2e run).
    const canvas = createEpisodeCanvas(store);
    canvas.enter();
    const replayed = createAppStore(registry, 'Plan -> Custom').getState().workflow;
    canvas.show(replayed);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await restoredDsl(docs)).toBe('Custom -> Verify');
    canvas.leave();
    expect(printWorkflow(store.getState().workflow, registry)).toBe('Custom -> Verify');
    stop();
  });
});
