import type { IdbDocumentStore } from '../../adapters/browser/createIdbWorkflowStore.ts';

/**
 * Test support: the IndexedDB document store in memory, copying values in and out as IndexedDB's structured clone
 * does, so a test sees exactly what a reload would read. `data` exposes what was stored.
 */
export function memoryDocs(
  initial: Record<string, unknown> = {},
): IdbDocumentStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    load: (key) => Promise.resolve(structuredClone(data.get(key))),
    save: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}
