import { FlowSteerError } from '../errors.ts';
import type { PolicyArtifacts } from '../policy/types.ts';
import { resolveTrainerConfig } from './trainerConfig.ts';
import { toIterationPoint } from './trainerTypes.ts';
import type { IterationPoint, TrainerState } from './trainerTypes.ts';

/** The store name of the checkpoint taken after `iteration` iterations (`iter-0040`): names sort by iteration. */
export const checkpointName = (iteration: number): string => `iter-${String(iteration).padStart(4, '0')}`;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The trainer state a checkpoint carries in its metadata (tfjs layout: `userDefinedMetadata.meta.trainer`), or
 * null for a policy saved outside training. A malformed state is an E_CHECKPOINT error.
 */
export function readTrainerState(artifacts: PolicyArtifacts): TrainerState | null {
  const user = artifacts.modelJson['userDefinedMetadata'];
  const meta = isRecord(user) ? user['meta'] : undefined;
  const state = isRecord(meta) ? meta['trainer'] : undefined;
  if (state === undefined) return null;
  const ok =
    isRecord(state) &&
    state['format'] === 'flowsteer-trainer-state' &&
    state['version'] === 1 &&
    Number.isInteger(state['iteration']) &&
    typeof state['totalEpisodes'] === 'number' &&
    typeof state['elapsedSeconds'] === 'number' &&
    isRecord(state['config']);
  if (!ok)
    throw new FlowSteerError('E_CHECKPOINT', 'The checkpoint has a trainer state this version cannot read.');
  const s = state as unknown as TrainerState;
  return { ...s, config: resolveTrainerConfig(s.config), history: readHistory(state['history']) };
}

const POINT_FIELDS = [
  'iteration',
  'meanReward',
  'meanCorrectness',
  'releaseRate',
  'shortcutRate',
  'meanTurns',
  'loss',
  'kl',
] as const;

/** The well-formed points of a saved history (it only draws charts, so a bad point is dropped, not fatal). */
function readHistory(raw: unknown): IterationPoint[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: unknown) =>
    isRecord(p) && POINT_FIELDS.every((f) => typeof p[f] === 'number' && Number.isFinite(p[f]))
      ? [toIterationPoint(p as unknown as IterationPoint)]
      : [],
  );
}
