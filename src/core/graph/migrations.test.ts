import { describe, expect, it } from 'vitest';
import { WORKFLOW_FILE_MIGRATIONS, migrateDocument } from './migrations.ts';
import type { MigrationTable } from './migrations.ts';

// An injected table: each step records that it ran, so the dispatch order is visible.
const table: MigrationTable = {
  1: (doc) => ({ ...doc, steps: [...((doc['steps'] as string[] | undefined) ?? []), '1→2'] }),
  2: (doc) => ({ ...doc, steps: [...((doc['steps'] as string[] | undefined) ?? []), '2→3'] }),
  3: () => {
    throw new Error('broken step');
  },
};

describe('migrateDocument', () => {
  it('has no workflow-file migrations while only version 1 exists', () => {
    expect(Object.keys(WORKFLOW_FILE_MIGRATIONS)).toEqual([]);
  });

  it('leaves a current document as it is', () => {
    const doc = { version: 3, a: 1 };
    expect(migrateDocument(doc, 3, 3, table)).toEqual({ ok: true, doc });
  });

  it('runs each step in order and stamps the new version', () => {
    expect(migrateDocument({ version: 1 }, 1, 3, table)).toEqual({
      ok: true,
      doc: { version: 3, steps: ['1→2', '2→3'] },
    });
    expect(migrateDocument({ version: 2 }, 2, 3, table)).toEqual({
      ok: true,
      doc: { version: 3, steps: ['2→3'] },
    });
  });

  it('never mutates its input', () => {
    const doc = Object.freeze({ version: 1, nested: Object.freeze({ x: 1 }) });
    expect(migrateDocument(doc, 1, 3, table).ok).toBe(true);
    expect(doc).toEqual({ version: 1, nested: { x: 1 } });
  });

  it('refuses a document newer than the target', () => {
    expect(migrateDocument({ version: 4 }, 4, 3, table)).toMatchObject({
      ok: false,
      code: 'E_UNSUPPORTED_VERSION',
    });
  });

  it('reports a missing step and a failing step as E_SCHEMA', () => {
    expect(migrateDocument({ version: 0 }, 0, 3, table)).toMatchObject({
      ok: false,
      code: 'E_SCHEMA',
      message: expect.stringContaining('no migration to 1') as unknown,
    });
    expect(migrateDocument({ version: 3 }, 3, 4, table)).toMatchObject({
      ok: false,
      code: 'E_SCHEMA',
      message: expect.stringContaining('broken step') as unknown,
    });
  });
});
