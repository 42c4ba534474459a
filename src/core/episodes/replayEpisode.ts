import type { ScoreAnswer } from '../canvas/canvasEnvTypes.ts';
import { createMemoryReplayStore } from '../llm/recordReplay/createMemoryReplayStore.ts';
import { createRecordReplayLlm } from '../llm/recordReplay/createRecordReplayLlm.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Clock } from '../ports/Clock.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import { createEpisodeSession } from './createEpisodeSession.ts';
import { deepEqual } from './jsonValue.ts';
import type { EpisodeBackend, EpisodeRecord, EpisodeStep } from './types.ts';
import { baseStepOf, turnAtStep } from './workflowAtStep.ts';

/** What a replay needs besides the record: the operators, a sandbox (code runs again), a clock and the metric. */
export interface ReplayDeps {
  registry: OperatorRegistry;
  sandbox: CodeSandbox;
  clock: Clock;
  score: ScoreAnswer;
}

/** Whether the replay reproduced the record; `firstMismatch.step` is 1-based (`steps[step - 1]`). */
export interface ReplayReport {
  exact: boolean;
  /** Steps replayed and compared (a fork's kept steps are the original's and are not replayed). */
  steps: number;
  firstMismatch?: { step: number; field: string };
}

/** The id the recording's client had, so replayed requests hash to the recorded keys. */
export function backendIdOf(backend: EpisodeBackend): string {
  return backend.kind === 'simulated'
    ? `simulated:${backend.profile}:${backend.seed}`
    : `openai:${backend.baseUrl}#${backend.model}`;
}

// In comparison order: a missing response explains whatever differs after it.
const FIELDS: Array<[string, (s: EpisodeStep) => unknown]> = [
  ['turn', (s) => s.turn],
  ['outcome', (s) => s.outcome],
  ['diff', (s) => s.diff],
  ['feedback.status', (s) => s.feedback.status],
  ['feedback.finalOutput', (s) => s.feedback.finalOutput],
  ['done', (s) => s.done],
  ['correctness', (s) => s.correctness],
  ['reward', (s) => s.reward],
];

/**
 * Re-executes an episode's actions against its own recorded responses only (a request it does not hold is an
 * error, never a network call) and compares each step's outcome, diff, feedback status and final output,
 * correctness and reward with the record. Code runs again in the sandbox.
 */
export async function replayEpisode(episode: EpisodeRecord, deps: ReplayDeps): Promise<ReplayReport> {
  const base = baseStepOf(episode);
  const ids = [...new Set(Object.values(episode.responses).map((e) => e.backendId))];
  const backendId = ids.length === 1 && ids[0] !== undefined ? ids[0] : backendIdOf(episode.backend);
  const store = createMemoryReplayStore({
    format: 'flowsteer-replay',
    version: 1,
    entries: episode.responses,
  });
  const session = createEpisodeSession({
    ...deps,
    task: episode.task,
    llm: createRecordReplayLlm(null, store, 'replay', { backendId }),
    rules: episode.rules,
    maxTurns: episode.maxTurns,
    backend: episode.backend,
    actor: episode.actor,
    initialWorkflow: episode.initialWorkflow,
    initialTurn: turnAtStep(episode, base),
    responses: episode.responses,
    id: episode.id,
    createdAt: episode.createdAt,
    ...(episode.reward ? { reward: episode.reward } : {}),
  });
  await session.start();
  const mismatch = (step: number, field: string): ReplayReport => ({
    exact: false,
    steps: Math.max(0, step - base),
    firstMismatch: { step, field },
  });
  if (session.liveCalls() > 0) return mismatch(base, 'responses');
  for (let i = base; i < episode.steps.length; i++) {
    const recorded = episode.steps[i] as EpisodeStep;
    if (session.done) return mismatch(i + 1, 'done');
    const misses = session.liveCalls();
    const replayed = await session.step(recorded.action, { actor: recorded.actor });
    if (session.liveCalls() > misses) return mismatch(i + 1, 'responses');
    const field = FIELDS.find(([, read]) => !deepEqual(read(replayed), read(recorded)));
    if (field) return mismatch(i + 1, field[0]);
  }
  return { exact: true, steps: episode.steps.length - base };
}
