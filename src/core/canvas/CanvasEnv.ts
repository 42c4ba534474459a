import { applyAction } from '../actions/applyAction.ts';
import type { ActionContext, ActionOutcome, ActionRules } from '../actions/types.ts';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import { emptyWorkflow } from '../graph/types.ts';
import { computeReward } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import { buildFeedback, isConciseAnswer } from './buildFeedback.ts';
import { createNodeCache } from './createNodeCache.ts';
import type { CanvasEvent, FinishReason } from './events.ts';
import { runWorkflow } from './executeWorkflow.ts';
import { hashWorkflow } from './stableHash.ts';
import type { RunResult } from './types.ts';
import type {
  CanvasEnv,
  CanvasEnvOptions,
  CanvasEnvState,
  Observation,
  RunSummary,
} from './canvasEnvTypes.ts';

export type {
  CanvasEnv,
  CanvasEnvOptions,
  CanvasResetOptions,
  CanvasEnvState,
  Observation,
  RunSummary,
  ScoreAnswer,
  StepResult,
} from './canvasEnvTypes.ts';

/** Default episode length (SPEC §1). */
export const DEFAULT_MAX_TURNS = 12;

const summarize = (r: RunResult): RunSummary => ({
  runId: r.runId,
  status: r.status,
  answer: r.answer,
  signals: r.signals,
  tokens: r.tokens,
  costUsd: r.costUsd,
  durationMs: r.durationMs,
  llmCalls: r.llmCalls,
  sandboxCalls: r.sandboxCalls,
});

/** The task has public tests the Test operator can run, so the finish rule asks for one. */
export const taskHasTests = (task: Task): boolean =>
  task.type === 'code' &&
  ((task.code?.publicTests.length ?? 0) > 0 || (task.code?.io?.inputs.length ?? 0) > 0);

/** Creates a canvas environment; call `reset(task)` before the first `step`. */
export function createCanvasEnv(options: CanvasEnvOptions): CanvasEnv {
  const rules: ActionRules = { ...DEFAULT_ACTION_RULES, ...options.rules };
  const maxTurns = options.maxTurns ?? DEFAULT_MAX_TURNS;
  const cache = options.cache ?? createNodeCache();
  const listeners = new Set<(event: CanvasEvent) => void>();
  const emit = (event: CanvasEvent): void => {
    for (const listener of listeners) listener(event);
  };
  let s: CanvasEnvState = {
    task: null,
    workflow: emptyWorkflow(),
    turn: 0,
    maxTurns,
    done: false,
    lastFeedback: null,
    lastRun: null,
    correctness: null,
    reward: null,
    episodeTokens: { prompt: 0, completion: 0 },
  };
  // The workflow the last run executed, so the final score reruns only when the canvas changed since.
  let lastRunHash: string | null = null;

  const observe = (): Observation => ({
    task: s.task as Task,
    workflow: s.workflow,
    turn: s.turn,
    maxTurns,
    lastFeedback: s.lastFeedback,
    lastRun: s.lastRun ? summarize(s.lastRun) : null,
    done: s.done,
  });

  async function execute(task: Task, signal: AbortSignal | undefined): Promise<RunResult> {
    const turn = s.turn;
    const result = await runWorkflow(
      {
        workflow: s.workflow,
        task,
        registry: options.registry,
        llm: options.llm,
        sandbox: options.sandbox,
        clock: options.clock,
        cache,
        ...(signal ? { signal } : {}),
        ...(options.nodeTimeoutMs !== undefined ? { nodeTimeoutMs: options.nodeTimeoutMs } : {}),
        ...(options.sandboxTimeoutMs !== undefined ? { sandboxTimeoutMs: options.sandboxTimeoutMs } : {}),
      },
      (event) => emit({ type: 'run', turn, event }),
    );
    const spent = s.episodeTokens;
    const episodeTokens = {
      prompt: spent.prompt + result.tokens.prompt,
      completion: spent.completion + result.tokens.completion,
    };
    s = { ...s, lastRun: result, episodeTokens };
    lastRunHash = result.status === 'aborted' ? null : hashWorkflow(s.workflow);
    emit({ type: 'executed', turn, result });
    return result;
  }

  async function finalize(task: Task, reason: FinishReason, signal: AbortSignal | undefined) {
    let run: RunResult | null = null;
    if (s.lastRun === null || lastRunHash !== hashWorkflow(s.workflow)) run = await execute(task, signal);
    const final = s.lastRun as RunResult;
    // An aborted final run scores nothing: its answer is whatever a cut-short run left behind.
    const answer = final.status === 'aborted' ? null : final.answer;
    const correctness = answer === null ? 0 : await options.score(task, answer, final);
    // The cost term prices the final workflow, one run without the cache (SPEC §4: the reward is computed once
    // on the final workflow), not the episode's cache misses, which depend on what other episodes ran first.
    const tokens = final.workflowTokens.prompt + final.workflowTokens.completion;
    const reward = computeReward(s.workflow, correctness, options.registry, { tokens, ...options.reward });
    s = { ...s, done: true, correctness, reward };
    emit({ type: 'finished', turn: s.turn, reason, workflow: s.workflow, correctness, reward });
    return { run, correctness, reward };
  }

  return {
    async reset(task, resetOptions = {}) {
      const turn = resetOptions.turn ?? 0;
      if (!Number.isInteger(turn) || turn < 0 || turn >= maxTurns) {
        throw new RangeError(
          `CanvasEnv.reset: turn ${turn} must be a whole number from 0 to ${maxTurns - 1}.`,
        );
      }
      const workflow = resetOptions.workflow ? structuredClone(resetOptions.workflow) : emptyWorkflow();
      s = { ...s, task, workflow, turn, done: false, lastFeedback: null, lastRun: null };
      s = { ...s, correctness: null, reward: null, episodeTokens: { prompt: 0, completion: 0 } };
      lastRunHash = null;
      emit({ type: 'reset', task, workflow: s.workflow, maxTurns });
      // A start from a fork point runs its workflow, so the policy and the finish rule see its answer as they did.
      if (workflow.nodes.length > 0) {
        const run = await execute(task, undefined);
        s = { ...s, lastFeedback: buildFeedback(run, { ok: true }) };
      }
      return observe();
    },

    async step(action, stepOptions = {}) {
      const task = s.task;
      if (task === null) throw new Error('CanvasEnv.step was called before reset(task).');
      const none = { run: null, correctness: null, reward: null, finishReason: null };
      if (s.done) {
        const outcome: ActionOutcome = {
          ok: false,
          code: 'E_EPISODE_OVER',
          message: 'The episode has ended: reset to start another.',
        };
        const feedback = buildFeedback(s.lastRun, outcome);
        return { ...none, observation: observe(), feedback, outcome, done: true };
      }
      const answer = s.lastRun?.answer ?? null;
      const ctx: ActionContext = {
        taskType: task.type,
        hasTests: taskHasTests(task),
        lastAnswerLong: s.lastRun === null ? null : answer !== null && !isConciseAnswer(answer),
        rules,
      };
      const applied = applyAction(s.workflow, action, ctx, options.registry);
      s = { ...s, turn: s.turn + 1 };
      const { signal } = stepOptions;
      let run: RunResult | null = null;
      if (!applied.outcome.ok) {
        emit({
          type: 'refused',
          turn: s.turn,
          action,
          code: applied.outcome.code,
          message: applied.outcome.message,
        });
      } else if (!applied.finished) {
        s = { ...s, workflow: applied.workflow };
        emit({ type: 'edited', turn: s.turn, action, workflow: s.workflow, created: applied.created });
        run = await execute(task, signal);
      }
      const reason: FinishReason | null = applied.finished
        ? 'finish'
        : s.turn >= maxTurns
          ? 'maxTurns'
          : null;
      let feedback = buildFeedback(s.lastRun, applied.outcome, applied.finished);
      if (reason === null) {
        s = { ...s, lastFeedback: feedback };
        return { ...none, observation: observe(), feedback, outcome: applied.outcome, done: false, run };
      }
      const end = await finalize(task, reason, signal);
      if (reason === 'maxTurns')
        feedback = { ...feedback, message: `${feedback.message} The turn limit was reached.` };
      s = { ...s, lastFeedback: feedback };
      return {
        observation: observe(),
        feedback,
        outcome: applied.outcome,
        done: true,
        run: end.run ?? run,
        correctness: end.correctness,
        reward: end.reward,
        finishReason: reason,
      };
    },

    state: () => ({ ...s }),

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
