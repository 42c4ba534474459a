import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/testServer/startTestServer.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createFakeSandbox } from '../../core/testing/FakeSandbox.ts';
import type { IdbDocumentStore } from '../../adapters/browser/createIdbWorkflowStore.ts';
import { createAppLlm } from '../llm/createAppLlm.ts';
import { exportWorkflow } from '../panels/Toolbar.tsx';
import { startAutosave } from '../persistence/autosave.ts';
import { createRunController } from '../run/createRunController.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { createSettingsStore, type SettingsStorage } from './createSettingsStore.ts';
import { DEFAULT_LLM_SETTINGS } from './llmSettings.ts';

// Leak tests: with a key configured (and even a server that echoes wrong keys back), no file, log or message the
// app produces may contain it. They guard against a future change routing settings into the workflow or the log.
const KEY = 'sk-e2e-test';
const WRONG = 'sk-wrong-leak-4242';
const registry = createBuiltinRegistry();

let server: TestServer;
const started = startTestServer({ script: { requiredKey: KEY } }).then((s) => (server = s));
afterAll(async () => (await started).close());

const listeners = new Map<string, () => void>();
beforeEach(async () => {
  await started;
  server.clearRequests();
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function settingsWith(apiKey: string) {
  const storage: SettingsStorage = {
    getItem: () => null,
    setItem: () => undefined,
    removeItem: () => undefined,
  };
  const settings = createSettingsStore({ storage });
  settings.getState().apply({
    ...DEFAULT_LLM_SETTINGS,
    backend: 'openai-compatible',
    endpoint: { baseUrl: server.baseUrl, model: 'test-model', apiKey },
    overrides: { Format: { baseUrl: server.baseUrl, model: 'test-model-large', apiKey: '' } },
    maxRetries: 0,
  });
  return settings;
}

/** The exported workflow file's text, caught at the Blob the Toolbar hands to the download link. */
async function exportedText(workflow: Parameters<typeof exportWorkflow>[0]): Promise<string> {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.stubGlobal('document', { createElement: () => ({ click: () => undefined }) });
  exportWorkflow(workflow);
  return (await blob?.text()) ?? '';
}

describe('the API key never leaks', () => {
  it.each([
    ['the right key', KEY],
    ['a wrong key the server echoes back', WRONG],
  ])('with %s: not in the run log, errors, export, autosave or any request URL', async (_name, key) => {
    const settings = settingsWith(key);
    const store = createAppStore(registry, 'Custom -> Format');
    const saved: Record<string, unknown> = {};
    const docs: IdbDocumentStore = {
      load: () => Promise.resolve(undefined),
      save: (k, v) => {
        saved[k] = structuredClone(v);
        return Promise.resolve();
      },
    };
    const stopAutosave = startAutosave(store, docs, 0);
    const run = createRunController(store, {
      getSandbox: () => createFakeSandbox(),
      getLlm: (seed) => createAppLlm(settings.getState(), { seed }),
    });
    await run.start();
    const s = store.getState();
    expect(s.runPhase).toBe(key === KEY ? 'succeeded' : 'failed');
    expect(server.requests.length).toBeGreaterThan(0);
    if (key === WRONG) expect(JSON.stringify(s.nodeMessages)).toMatch(/rejected the key/);

    expect(store.getState().edit({ type: 'addOperator', operator: 'Review', position: 1 })).toBe(true);
    listeners.get('pagehide')?.();
    stopAutosave();

    const seen = [
      JSON.stringify({ log: s.runLog, error: s.runError, messages: s.nodeMessages, answer: s.answer }),
      JSON.stringify(saved),
      await exportedText(s.workflow),
      server.requests.map((r) => r.path).join(' '),
    ];
    expect(seen[1]).toContain('workflow');
    expect(seen[2]).toContain('"format"');
    for (const text of seen) expect(text).not.toContain(key);
  });
});
