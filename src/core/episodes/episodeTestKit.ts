import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import { systemClock } from '../llm/systemClock.ts';
import { createSimulatedLlm } from '../llm/simulated/index.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Policy } from '../policy/types.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import { createRunScorer } from '../tasks/createRunScorer.ts';
import { getSuite } from '../tasks/suites.ts';
import type { Task } from '../tasks/types.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import type { FakeSandbox } from '../testing/FakeSandbox.ts';
import { createRng } from '../util/createRng.ts';
import type { EpisodeSession, EpisodeSessionOptions } from './episodeSessionTypes.ts';
import type { EpisodeRecord } from './types.ts';

/** Test support: a clock that reads 5 ms later at each reading (reproducible timings) but sleeps in real time. */
export function createSteppingClock(start = Date.UTC(2026, 0, 2)): Clock {
  let t = start;
  return { now: () => (t += 5), sleep: (ms, signal) => systemClock.sleep(ms, signal) };
}

/** Test support: a sandbox that "runs" a math task's programs by printing the answer each one computes. */
export function createProgramSandbox(task: Task): FakeSandbox {
  return createFakeSandbox((request) => {
    const programs = task.programs;
    if (programs === undefined) return '';
    if (request.code.includes(programs.correct.trim())) return `${task.gold[0] ?? ''}\n`;
    const wrong = programs.wrong.findIndex((p) => request.code.includes(p.trim()));
    return wrong >= 0 ? `${task.distractors[wrong] ?? ''}\n` : '';
  });
}

/** Test support: the first builtin:math test task. */
export function builtinMathTask(): Task {
  const task = getSuite('builtin:math').test[0];
  if (task === undefined) throw new Error('builtin:math has no test tasks');
  return task;
}

/** Test support: session options over the given registry, the simulated backend and a program sandbox. */
export function episodeTestOptions(
  registry: OperatorRegistry,
  task: Task,
  overrides: Partial<EpisodeSessionOptions> = {},
): EpisodeSessionOptions & { llm: LlmClient } {
  const sandbox = createProgramSandbox(task);
  return {
    task,
    registry,
    llm: createSimulatedLlm({ seed: 7 }),
    sandbox,
    clock: createSteppingClock(),
    score: createRunScorer(sandbox),
    rules: DEFAULT_ACTION_RULES,
    backend: { kind: 'simulated', profile: 'default', seed: '7' },
    actor: { kind: 'policy', name: 'heuristic', seed: 1 },
    ...overrides,
  };
}

/** Test support: lets the policy play the session to its end and returns the record. */
export async function playToEnd(session: EpisodeSession, policy: Policy, seed = 1): Promise<EpisodeRecord> {
  const rng = createRng(seed);
  while (!session.done) await session.stepWithPolicy(policy, rng);
  return session.record();
}
