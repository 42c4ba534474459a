import { z } from 'zod';
import { FlowSteerError } from '../../errors.ts';
import type { ReplayEntry, ReplayFile } from './ReplayStore.ts';

const count = z.number().int().nonnegative();

const entrySchema = z.object({
  backendId: z.string(),
  text: z.string(),
  usage: z.object({ promptTokens: count, completionTokens: count, estimated: z.boolean().optional() }),
  model: z.string(),
  costUsd: z.number().nonnegative(),
});

/** The schema of a version-1 replay file (unknown fields in entries are dropped). */
export const replayFileSchema = z.object({
  format: z.literal('flowsteer-replay'),
  version: z.literal(1),
  entries: z.record(z.string(), entrySchema),
});

/** Validates parsed JSON as a replay file; a newer version or a wrong shape throws a coded error. */
export function parseReplayFile(data: unknown): ReplayFile {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    throw new FlowSteerError(
      'E_UNSUPPORTED_VERSION',
      `This replay file has version ${version}; this FlowSteer Studio reads version 1. Update the app to read it.`,
    );
  }
  const parsed = replayFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || 'the top'}: ${issue.message}`;
    throw new FlowSteerError('E_SCHEMA', `This is not a FlowSteer replay file${where}.`);
  }
  const entries: Record<string, ReplayEntry> = {};
  for (const [key, e] of Object.entries(parsed.data.entries)) {
    const usage = { promptTokens: e.usage.promptTokens, completionTokens: e.usage.completionTokens };
    entries[key] = { ...e, usage: e.usage.estimated === true ? { ...usage, estimated: true } : usage };
  }
  return { format: 'flowsteer-replay', version: 1, entries };
}
