import { legalActionMask } from '../actions/legalActionMask.ts';
import type { ActionContext, ActionRules } from '../actions/types.ts';
import { taskHasTests } from '../canvas/CanvasEnv.ts';
import { isConciseAnswer } from '../canvas/buildFeedback.ts';
import type { Observation } from '../canvas/canvasEnvTypes.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { PolicyInput } from '../policy/types.ts';

/**
 * The action context the environment will judge the next action with, rebuilt from the observation exactly as
 * CanvasEnv.step does, so the mask a policy samples from agrees with what the environment accepts.
 */
export function actionContextOf(observation: Observation, rules: ActionRules): ActionContext {
  const run = observation.lastRun;
  const answer = run?.answer ?? null;
  return {
    taskType: observation.task.type,
    hasTests: taskHasTests(observation.task),
    lastAnswerLong: run === null ? null : answer !== null && !isConciseAnswer(answer),
    rules,
  };
}

/** Observation, legal-action mask and context: what a policy reads before each decision. */
export function buildPolicyInput(
  observation: Observation,
  rules: ActionRules,
  registry: OperatorRegistry,
): PolicyInput {
  const context = actionContextOf(observation, rules);
  return { observation, mask: legalActionMask(observation.workflow, context, registry), context, registry };
}
