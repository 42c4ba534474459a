import type { ActionRules } from '../actions/types.ts';
import { createCanvasEnv } from '../canvas/CanvasEnv.ts';
import type { CanvasEnv, CanvasEnvOptions } from '../canvas/canvasEnvTypes.ts';

/** What an environment factory is asked for: the rules to enforce and, when set, the turn limit. */
export interface EnvSettings {
  rules: ActionRules;
  maxTurns?: number;
}

/**
 * Builds a canvas environment (the composition root decides the backend, sandbox, scorer and shared node cache).
 * It must pass `rules` and `maxTurns` on to `createCanvasEnv`, so the masks the trainer builds match.
 */
export type CreateEnv = (settings: EnvSettings) => CanvasEnv;

/** `size` environments with the same settings: one per rollout lane. */
export function createEnvPool(createEnv: CreateEnv, options: EnvSettings & { size: number }): CanvasEnv[] {
  const settings: EnvSettings = {
    rules: options.rules,
    ...(options.maxTurns !== undefined ? { maxTurns: options.maxTurns } : {}),
  };
  return Array.from({ length: Math.max(1, options.size) }, () => createEnv(settings));
}

/** The parts of a canvas environment that every lane shares (backend, sandbox, scorer, node cache). */
export type EnvParts = Omit<CanvasEnvOptions, 'rules' | 'maxTurns'>;

/** An environment factory over shared parts, passing each request's rules and turn limit on. */
export function createEnvFactory(parts: EnvParts): CreateEnv {
  return ({ rules, maxTurns }) =>
    createCanvasEnv({ ...parts, rules, ...(maxTurns !== undefined ? { maxTurns } : {}) });
}
