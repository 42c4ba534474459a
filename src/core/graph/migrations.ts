/** A JSON document as read from a file, before its schema is checked. */
export type JsonDocument = Record<string, unknown>;

/** Upgrades a document of version n to version n + 1 (the runner sets the new version number). */
export type Migration = (doc: JsonDocument) => JsonDocument;

/** Migrations keyed by the version they start from. */
export type MigrationTable = Readonly<Partial<Record<number, Migration>>>;

/** Workflow-file migrations: none yet, because only version 1 has ever been written. */
export const WORKFLOW_FILE_MIGRATIONS: MigrationTable = {};

/** The result of {@link migrateDocument}. */
export type MigrationResult =
  | { ok: true; doc: JsonDocument }
  | { ok: false; code: 'E_SCHEMA' | 'E_UNSUPPORTED_VERSION'; message: string };

/**
 * Runs the migrations from `from` up to `to` one version at a time, never mutating the input; a missing step or a
 * migration that throws is an E_SCHEMA error, a document newer than `to` is E_UNSUPPORTED_VERSION.
 */
export function migrateDocument(
  doc: JsonDocument,
  from: number,
  to: number,
  table: MigrationTable,
): MigrationResult {
  if (from > to) {
    return {
      ok: false,
      code: 'E_UNSUPPORTED_VERSION',
      message: `The file has version ${from} but this app reads up to version ${to}; update FlowSteer Studio.`,
    };
  }
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = table[version];
    if (!step) {
      return {
        ok: false,
        code: 'E_SCHEMA',
        message: `Version ${version} is not supported: no migration to ${version + 1}.`,
      };
    }
    try {
      current = { ...step(structuredClone(current)), version: version + 1 };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return { ok: false, code: 'E_SCHEMA', message: `Migration from version ${version} failed: ${reason}` };
    }
  }
  return { ok: true, doc: current };
}
