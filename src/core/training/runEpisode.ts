import type { ActionRules, CanvasAction } from '../actions/types.ts';
import type { CanvasEnv } from '../canvas/canvasEnvTypes.ts';
import type { FinishReason } from '../canvas/events.ts';
import type { Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { DecisionRecord, Policy } from '../policy/types.ts';
import type { Rng } from '../ports/Rng.ts';
import { computeReward } from '../rewards/computeReward.ts';
import type { RewardBreakdown, RewardOptions } from '../rewards/computeReward.ts';
import { isShortcut } from '../rewards/isShortcut.ts';
import type { Task } from '../tasks/types.ts';
import { buildPolicyInput } from './buildPolicyInput.ts';

/** What {@link runEpisode} needs: an environment built with the same `rules`, a policy and the episode's stream. */
export interface RunEpisodeOptions {
  env: CanvasEnv;
  policy: Policy;
  task: Task;
  rng: Rng;
  registry: OperatorRegistry;
  /** The rules the environment enforces (its finish rule), so the mask matches them. */
  rules: ActionRules;
  /** Reward settings at this point of training (θ or its schedule and iteration, cost λ). */
  reward?: RewardOptions;
  signal?: AbortSignal;
}

/** One finished episode, as the trainer, the evaluation and the logs read it. */
export interface EpisodeResult {
  taskId: string;
  /** The task's suite or dataset, for per-suite scores and dataset groups. */
  source: string;
  /** What a trainable policy recorded per decision (empty for other policies). */
  decisions: DecisionRecord[];
  actions: CanvasAction[];
  /** Actions the environment refused (each still spent a turn). */
  refused: number;
  /** The CWRPO breakdown of SPEC §4, recomputed with this point's θ (always logged, even for GRPO). */
  reward: RewardBreakdown;
  correctness: number;
  turns: number;
  tokens: number;
  workflow: Workflow;
  shortcut: boolean;
  finishReason: FinishReason;
}

/** The episode was stopped through its AbortSignal; it produced no result. */
export class EpisodeAborted extends Error {
  override name = 'EpisodeAborted';
}

/**
 * Plays one episode: reset to the task, then ask the policy for an action on every turn (with the legal-action
 * mask of the environment's own rules) until an accepted finish or the turn limit.
 */
export async function runEpisode(options: RunEpisodeOptions): Promise<EpisodeResult> {
  const { env, policy, task, rng, registry, rules, signal } = options;
  let observation = await env.reset(task);
  const decisions: DecisionRecord[] = [];
  const actions: CanvasAction[] = [];
  let refused = 0;
  for (;;) {
    if (signal?.aborted) throw new EpisodeAborted('The episode was stopped.');
    const decision = await policy.decide(buildPolicyInput(observation, rules, registry), rng);
    if (decision.record) decisions.push(decision.record);
    actions.push(decision.action);
    const step = await env.step(decision.action, signal ? { signal } : {});
    if (!step.outcome.ok) refused += 1;
    observation = step.observation;
    if (!step.done) continue;
    if (signal?.aborted) throw new EpisodeAborted('The episode was stopped.');
    const state = env.state();
    const correctness = step.correctness ?? 0;
    const tokens = state.episodeTokens.prompt + state.episodeTokens.completion;
    // The reward's cost prices the final workflow (as the environment's own reward does), not the cache misses.
    const cost = state.lastRun?.workflowTokens;
    const workflowTokens = cost ? cost.prompt + cost.completion : tokens;
    const workflow = observation.workflow;
    return {
      taskId: task.id,
      source: task.source,
      decisions,
      actions,
      refused,
      // Recomputed rather than read from the environment so θ can follow a schedule without rebuilding it.
      reward: computeReward(workflow, correctness, registry, { ...options.reward, tokens: workflowTokens }),
      correctness,
      turns: observation.turn,
      tokens,
      workflow,
      shortcut: isShortcut(workflow, registry),
      finishReason: step.finishReason ?? 'maxTurns',
    };
  }
}
