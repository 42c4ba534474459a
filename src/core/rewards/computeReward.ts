import type { Workflow } from '../graph/types.ts';
import { countOperators, hasStructure } from '../graph/workflowQueries.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { DEFAULT_THETA, thetaAt } from './thetaSchedule.ts';
import type { ThetaSchedule } from './thetaSchedule.ts';
import { hasRole } from './workflowRoles.ts';

/** Diversity terms of SPEC §4, in tenths so sums and the θ comparison stay exact. */
export const REWARD_TENTHS = { checker: 2, format: 2, size: 2, structure: 4 } as const;

/** Operators (loop body counted once) a workflow needs for the size term. */
export const SIZE_THRESHOLD = 6;

/** Every term of one episode's reward, for logs, the UI and tests. */
export interface RewardBreakdown {
  checker: number;
  format: number;
  size: number;
  structure: number;
  /** min(1, checker + format + size + structure). */
  rDiv: number;
  /** The release threshold used. */
  theta: number;
  /** R_div ≥ θ: the answer credit is released. */
  released: boolean;
  /** c ∈ [0, 1] as given. */
  correctness: number;
  /** λ · tokens / 1000 (0 unless a cost weight is set). */
  costPenalty: number;
  /** −1 + R_div + (released ? c : 0) − costPenalty. */
  total: number;
}

/** Options of the reward; every field is optional. */
export interface RewardOptions {
  /** Fixed release threshold (default 1.0); wins over a schedule. */
  theta?: number;
  /** A linear θ schedule, read at `iteration`. */
  thetaSchedule?: ThetaSchedule;
  iteration?: number;
  /** λ of the optional cost term (default 0, as in the paper). */
  costLambda?: number;
  /** Tokens the episode used. */
  tokens?: number;
}

function resolveTheta(options: RewardOptions): number {
  if (options.theta !== undefined) return options.theta;
  if (options.thetaSchedule) return thetaAt(options.thetaSchedule, options.iteration ?? 0);
  return DEFAULT_THETA;
}

/**
 * The CWRPO reward of SPEC §4, computed once per episode on the final workflow: a diversity score from the
 * workflow's roles (checker, formatter, ≥ 6 operators, a structure), the answer credit c released only when the
 * score reaches θ, and an optional token cost. Roles come from descriptor flags, never operator names.
 */
export function computeReward(
  workflow: Workflow,
  correctness: number,
  registry: OperatorRegistry,
  options: RewardOptions = {},
): RewardBreakdown {
  const tenths = {
    checker: hasRole(workflow, registry, 'isChecker') ? REWARD_TENTHS.checker : 0,
    format: hasRole(workflow, registry, 'isFormatter') ? REWARD_TENTHS.format : 0,
    size: countOperators(workflow) >= SIZE_THRESHOLD ? REWARD_TENTHS.size : 0,
    structure: hasStructure(workflow) ? REWARD_TENTHS.structure : 0,
  };
  const sumTenths = tenths.checker + tenths.format + tenths.size + tenths.structure;
  const rDiv = Math.min(10, sumTenths) / 10;
  const theta = resolveTheta(options);
  // θ is a user number (e.g. 0.8 from a schedule): compare with a tolerance so 0.8 releases at R_div = 0.8.
  const released = rDiv >= theta - 1e-9;
  const costPenalty = ((options.costLambda ?? 0) * (options.tokens ?? 0)) / 1000;
  return {
    checker: tenths.checker / 10,
    format: tenths.format / 10,
    size: tenths.size / 10,
    structure: tenths.structure / 10,
    rDiv,
    theta,
    released,
    correctness,
    costPenalty,
    total: -1 + rDiv + (released ? correctness : 0) - costPenalty,
  };
}
