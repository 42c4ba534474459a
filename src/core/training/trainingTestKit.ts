import { createTestRegistry, testTask } from '../canvas/canvasTestKit.ts';
import { createNodeCache } from '../canvas/createNodeCache.ts';
import { systemClock } from '../llm/systemClock.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmRequest } from '../ports/LlmClient.ts';
import type { Task, TaskType } from '../tasks/types.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import { hashString } from '../util/hash.ts';
import { createEnvFactory } from './createEnvPool.ts';
import type { CreateEnv } from './createEnvPool.ts';

// A solver is right for some prompts and inputs and wrong for others, deterministically, so rewards vary.
const solve = (r: LlmRequest): string =>
  hashString(r.messages.map((m) => m.content).join('\n')) % 3 === 0 ? 'It is 41' : 'It is 42';

/** `n` small tasks of the given types (cycled), two sources, for trainer and evaluation tests. */
export function trainingTasks(n: number, types: readonly TaskType[] = ['math', 'qa']): Task[] {
  return Array.from({ length: n }, (_, i) =>
    testTask({
      id: `t${i}`,
      type: types[i % types.length] ?? 'math',
      source: `test:${types[i % types.length] ?? 'math'}`,
      question: `What is 6 times 7? (variant ${i})`,
    }),
  );
}

/**
 * A fast environment factory over the canvas test registry and a scripted LLM: no sandbox, no network, every
 * answer a deterministic function of the request. Scores 1 when the final answer mentions 42.
 */
export function createTestEnvFactory(clock: Clock = systemClock) {
  const registry = createTestRegistry();
  const llm = createFakeLlm({ plan: 'Multiply.', solve, review: 'FAIL: check again', revise: solve });
  const cache = createNodeCache();
  const createEnv: CreateEnv = createEnvFactory({
    registry,
    llm,
    sandbox: createFakeSandbox(),
    clock,
    cache,
    score: (_task, answer) => Promise.resolve(/\b42\b/.test(answer) ? 1 : 0),
  });
  return { registry, createEnv, llm };
}
