import { createCanvasEnv, DEFAULT_MAX_TURNS } from '../canvas/CanvasEnv.ts';
import type { Observation } from '../canvas/canvasEnvTypes.ts';
import type { RunSummary } from '../canvas/canvasEnvTypes.ts';
import type { RunResult } from '../canvas/types.ts';
import { emptyWorkflow } from '../graph/types.ts';
import { createMemoryReplayStore } from '../llm/recordReplay/createMemoryReplayStore.ts';
import { createRecordReplayLlm } from '../llm/recordReplay/createRecordReplayLlm.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import { buildPolicyInput } from '../training/buildPolicyInput.ts';
import { hashHex } from '../util/hash.ts';
import { diffWorkflow } from './diffWorkflow.ts';
import type { EpisodeSession, EpisodeSessionOptions } from './episodeSessionTypes.ts';
import type { EpisodeActor, EpisodeRecord, EpisodeStep } from './types.ts';

/** The run facts a step keeps (no per-node trace or stage state, which would bloat the file). */
export const summarizeRun = (r: RunResult): RunSummary => ({
  runId: r.runId,
  status: r.status,
  answer: r.answer,
  signals: { ...r.signals },
  tokens: { ...r.tokens },
  costUsd: r.costUsd,
  durationMs: r.durationMs,
  llmCalls: r.llmCalls,
  sandboxCalls: r.sandboxCalls,
});

let sessionCount = 0;

/**
 * Starts an episode that records itself: every step's action, actor, diff, feedback, run and reward, and every
 * backend response. Prior `responses` are served without calling the backend and new calls are stored, so a fork
 * re-runs only what changed and a finished record replays with no network.
 */
export function createEpisodeSession(options: EpisodeSessionOptions): EpisodeSession {
  const { task, registry, rules, clock, actor } = options;
  const maxTurns = options.maxTurns ?? DEFAULT_MAX_TURNS;
  const initialWorkflow = structuredClone(options.initialWorkflow ?? emptyWorkflow());
  const createdAt = options.createdAt ?? new Date(clock.now()).toISOString();
  const id = options.id ?? `ep-${hashHex(`${task.id}|${actor.name}|${createdAt}|${++sessionCount}`)}`;
  const store = createMemoryReplayStore({
    format: 'flowsteer-replay',
    version: 1,
    entries: structuredClone(options.responses ?? {}),
  });
  let live = 0;
  const inner = options.llm;
  const counting: LlmClient = {
    id: inner.id,
    complete: (request) => {
      live += 1;
      return inner.complete(request);
    },
  };
  const env = createCanvasEnv({
    registry,
    llm: createRecordReplayLlm(counting, store, 'auto'),
    sandbox: options.sandbox,
    clock,
    score: options.score,
    rules,
    maxTurns,
    ...(options.reward ? { reward: options.reward } : {}),
  });
  const priorSteps = structuredClone(options.priorSteps ?? []);
  const steps: EpisodeStep[] = [];
  let observation: Observation | null = null;
  let busy = false;

  const current = (): Observation => {
    if (observation === null) throw new Error('The episode has not started: call start() first.');
    return observation;
  };

  const session: EpisodeSession = {
    async start() {
      if (observation !== null) throw new Error('The episode has already started.');
      observation = await env.reset(task, {
        workflow: initialWorkflow,
        ...(options.initialTurn !== undefined ? { turn: options.initialTurn } : {}),
      });
      return observation;
    },

    policyInput: () => buildPolicyInput(current(), rules, registry),

    async step(action, meta, stepOptions = {}) {
      const before = current().workflow;
      if (env.state().done) throw new Error('The episode has ended: fork it to try another action.');
      if (busy) throw new Error('A step is still running: wait for it before the next one.');
      busy = true;
      try {
        const started = clock.now();
        const result = await env.step(structuredClone(action), stepOptions);
        observation = result.observation;
        const step: EpisodeStep = {
          turn: result.observation.turn,
          action: structuredClone(action),
          actor: structuredClone(meta.actor ?? actor),
          outcome: result.outcome,
          diff: diffWorkflow(before, result.observation.workflow),
          feedback: result.feedback,
          run: result.run ? summarizeRun(result.run) : null,
          done: result.done,
          correctness: result.correctness,
          reward: result.reward,
          finishReason: result.finishReason,
          ms: Math.max(0, clock.now() - started),
        };
        if (meta.topActions) step.topActions = structuredClone(meta.topActions);
        steps.push(step);
        return structuredClone(step);
      } finally {
        busy = false;
      }
    },

    async stepWithPolicy(policy, rng, stepOptions = {}) {
      const input = session.policyInput();
      let topActions;
      try {
        topActions = policy.topActions ? await policy.topActions(input, 5) : undefined;
      } catch {
        // The ranking is only an overlay for the UI: a policy that cannot rank still decides.
        topActions = undefined;
      }
      const decision = await policy.decide(input, rng);
      const stepActor: EpisodeActor =
        actor.kind === 'policy' && actor.name === policy.name ? actor : { kind: 'policy', name: policy.name };
      return session.step(
        decision.action,
        { actor: stepActor, ...(topActions ? { topActions } : {}) },
        stepOptions,
      );
    },

    subscribe: (listener) => env.subscribe(listener),

    record() {
      const record: EpisodeRecord = {
        format: 'flowsteer-episode',
        version: 1,
        id,
        createdAt,
        task: structuredClone(task),
        actor: structuredClone(actor),
        backend: structuredClone(options.backend),
        rules: { ...rules },
        maxTurns,
        initialWorkflow: structuredClone(initialWorkflow),
        steps: structuredClone([...priorSteps, ...steps]),
        responses: structuredClone(store.toJSON().entries),
      };
      if (options.forkOf) record.forkOf = { ...options.forkOf };
      if (options.reward) record.reward = structuredClone(options.reward);
      return record;
    },

    get done() {
      return env.state().done;
    },

    get workflow() {
      return structuredClone(env.state().workflow);
    },

    liveCalls: () => live,
  };
  return session;
}
