import { DEFAULT_ACTION_RULES } from '../../core/actions/types.ts';
import { createEpisodeSession } from '../../core/episodes/createEpisodeSession.ts';
import type { EpisodeSession } from '../../core/episodes/episodeSessionTypes.ts';
import type { EpisodeActor, EpisodeBackend } from '../../core/episodes/types.ts';
import { createSimulatedLlm } from '../../core/llm/simulated/createSimulatedLlm.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import type { Task } from '../../core/tasks/types.ts';

/** What a watched episode runs on: the picked task, the sandbox, and the backend. */
export interface WatchSessionRequest {
  suite: string;
  taskIndex: number;
  /** The tasks of an imported set (`suite` is then its id); a built-in suite's test split when omitted. */
  tasks?: readonly Task[];
  registry: OperatorRegistry;
  sandbox: CodeSandbox;
  seed: number;
  actor: EpisodeActor;
  /** A configured endpoint; the simulated backend (seeded by `seed`) when omitted. */
  llm?: { client: LlmClient; backend: EpisodeBackend };
  /** Paces simulated calls so edits can be watched; its `sleep` may be scaled by the chosen speed. */
  pacing?: { clock: Clock; latencyMs: { min: number; max: number } };
  maxTurns?: number;
}

/** A watched episode's session and the task it runs on. */
export interface WatchSession {
  session: EpisodeSession;
  task: Task;
}

/**
 * Opens (but does not start) an episode session on a task of a built-in suite's test split. Loaded lazily by the
 * watch controller, so the executor, the suites and the scorer (mathjs) stay out of the start-up bundle.
 */
export function openWatchSession(request: WatchSessionRequest): WatchSession {
  const tests = request.tasks ?? getSuite(request.suite).test;
  const task = tests[request.taskIndex];
  if (!task) {
    throw new Error(
      `Task ${request.taskIndex} is outside ${request.suite} (its test split has ${tests.length} tasks).`,
    );
  }
  const seed = String(request.seed);
  const profile = 'default';
  const llm = request.llm ?? {
    client: createSimulatedLlm({
      seed,
      ...(request.pacing ? { latencyMs: request.pacing.latencyMs, clock: request.pacing.clock } : {}),
    }),
    backend: { kind: 'simulated', profile, seed } satisfies EpisodeBackend,
  };
  const score = createRunScorer(request.sandbox);
  const session = createEpisodeSession({
    task,
    registry: request.registry,
    llm: llm.client,
    sandbox: request.sandbox,
    clock: systemClock,
    score: (t, answer) => score(t, answer),
    rules: DEFAULT_ACTION_RULES,
    ...(request.maxTurns !== undefined ? { maxTurns: request.maxTurns } : {}),
    backend: llm.backend,
    actor: request.actor,
  });
  return { session, task };
}
