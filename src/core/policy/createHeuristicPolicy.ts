import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { sampleLegalAction } from '../actions/sampleLegalAction.ts';
import type { CanvasAction } from '../actions/types.ts';
import type { Rng } from '../ports/Rng.ts';
import { heuristicCandidates } from './heuristicCandidates.ts';
import type { Policy, PolicyInput } from './types.ts';

/** The heuristic's rule-based choice, or null when no rule applies and finish is refused. */
function ruleAction(input: PolicyInput): CanvasAction | null {
  const { workflow } = input.observation;
  const { taskType, hasTests } = input.context;
  const candidates = heuristicCandidates(workflow, taskType, hasTests, input.registry);
  const first = candidates.find((action) => isAllowedByMask(input.mask, action));
  if (first) return first;
  return input.mask.type.finish ? { type: 'finish' } : null;
}

/** Options of {@link createHeuristicPolicy}. */
export interface HeuristicPolicyOptions {
  /** Default `heuristic`. */
  name?: string;
}

/**
 * The heuristic baseline (SPEC §1 "guidance hints" as a policy): planner, a parallel of solvers with an
 * ensemble, a checker conditional with Revise (Test on code), Format last, then finish. Always legal: when no
 * rule applies and finish is refused it falls back to a random legal edit (never a delete) from the Rng.
 */
export function createHeuristicPolicy(options: HeuristicPolicyOptions = {}): Policy {
  const decideWith = (input: PolicyInput, rng: Rng): CanvasAction =>
    ruleAction(input) ??
    sampleLegalAction(input.mask, rng, { exclude: ['finish', 'deleteNode'] }) ??
    sampleLegalAction(input.mask, rng) ?? { type: 'finish' };
  return {
    name: options.name ?? 'heuristic',
    decide(input, rng) {
      return Promise.resolve({ action: decideWith(input, rng) });
    },
    topActions(input, k) {
      // Rules are deterministic; when none applies the choice is random and there is nothing to rank.
      const action = k > 0 ? ruleAction(input) : null;
      return Promise.resolve(action ? [{ action, probability: 1 }] : []);
    },
  };
}
