import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createFakeSandbox } from '../../core/testing/FakeSandbox.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { createRunController } from './createRunController.ts';

const registry = createBuiltinRegistry();

describe('createRunController', () => {
  it('runs the workflow on the chosen task: every node gets a status, the log streams, the answer is scored', async () => {
    const store = createAppStore(registry, 'Custom -> Review ? Revise : done -> Format');
    const run = createRunController(store, { getSandbox: () => createFakeSandbox() });
    await run.start();
    const s = store.getState();
    expect(s.runPhase).toBe('succeeded');
    expect(s.answer).not.toBeNull();
    expect(s.score === 0 || s.score === 1).toBe(true);
    expect(s.nodeStatus['n1']).toBe('succeeded');
    expect(s.nodeStatus['n5']).toBe('succeeded');
    expect(['succeeded', 'failed']).toContain(s.nodeStatus['n2']);
    expect(s.runLog[0]?.text).toMatch(/^Run started on task builtin:math/);
    expect(s.runLog.some((l) => l.kind === 'tokens')).toBe(true);
    expect(s.runLog.at(-1)?.text).toMatch(/^Run succeeded/);
  });

  it('stops: every pending call is aborted and no node is left running', async () => {
    const store = createAppStore(registry, '(Custom -> Review) * 5 -> Format');
    const run = createRunController(store, {
      getSandbox: () => createFakeSandbox(),
      latencyMs: { min: 20, max: 20 },
    });
    const done = run.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getState().runPhase).toBe('running');
    run.stop();
    await done;
    const s = store.getState();
    expect(s.runPhase).toBe('stopped');
    expect(Object.values(s.nodeStatus)).not.toContain('running');
    expect(s.score).toBeNull();
  });

  it('refuses a task index outside the suite', async () => {
    const store = createAppStore(registry, 'Custom');
    store.getState().setRunTask({ taskIndex: 10_000 });
    await createRunController(store, { getSandbox: () => createFakeSandbox() }).start();
    expect(store.getState().runPhase).toBe('idle');
    expect(store.getState().runError).toMatch(/outside the suite/);
  });
});
