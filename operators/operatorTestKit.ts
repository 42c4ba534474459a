import { createOperatorContext } from '../src/core/operators/createOperatorContext.ts';
import type { PromptRef } from '../src/core/graph/types.ts';
import type { OperatorDefinition, OperatorResult, StageState } from '../src/core/operators/types.ts';
import { initialStageState } from '../src/core/operators/types.ts';
import type { Task } from '../src/core/tasks/types.ts';
import { createFakeLlm, type FakeLlm, type FakeLlmScript } from '../src/core/testing/FakeLlm.ts';
import {
  createFakeSandbox,
  type FakeSandbox,
  type FakeSandboxHandler,
} from '../src/core/testing/FakeSandbox.ts';

/** Task fixtures for operator tests (one per task type). */
export const fixtures = {
  math: (): Task => ({
    id: 'm1',
    source: 'test:math',
    type: 'math',
    metric: 'math',
    question: 'Tom has 3 boxes of 14 apples and eats 2. How many apples are left?',
    gold: ['40'],
    difficulty: 0.3,
    distractors: ['42', '38'],
  }),
  qa: (): Task => ({
    id: 'q1',
    source: 'test:qa',
    type: 'qa',
    metric: 'f1',
    question: 'Which river flows through Lyon besides the Rhône?',
    context: 'Lyon lies at the confluence of the Rhône and the Saône.',
    gold: ['Saône'],
    difficulty: 0.2,
    distractors: ['Loire'],
  }),
  mc: (): Task => ({
    id: 'c1',
    source: 'test:mc',
    type: 'mc',
    metric: 'mc',
    question: 'Which gas do plants absorb?',
    choices: ['Oxygen', 'Carbon dioxide', 'Helium'],
    gold: ['b'],
    difficulty: 0.1,
    distractors: ['a'],
  }),
  code: (): Task => ({
    id: 'k1',
    source: 'test:code',
    type: 'code',
    metric: 'code',
    question: 'Write a function add(a, b) that returns the sum of a and b.',
    gold: [],
    difficulty: 0.2,
    distractors: [],
    code: {
      format: 'asserts',
      entryPoint: 'add',
      publicTests: ['assert add(1, 2) == 3', 'assert add(0, 0) == 0'],
      hiddenTests: ['assert add(-1, 1) == 0'],
      solution: 'def add(a, b):\n    return a + b\n',
      buggy: ['def add(a, b):\n    return a - b\n'],
    },
  }),
};

/** A stage state with some fields set. */
export const stage = (fields: Partial<StageState> = {}): StageState => ({
  ...initialStageState(),
  ...fields,
});

/** Runs an operator once with fakes and returns the result and the fakes, for assertions. */
export async function runOperator(
  def: OperatorDefinition,
  options: {
    task: Task;
    input?: StageState;
    llm?: FakeLlmScript | FakeLlm;
    sandbox?: FakeSandboxHandler | FakeSandbox;
    prompt?: PromptRef;
    branch?: number;
  },
): Promise<{ result: OperatorResult; llm: FakeLlm; sandbox: FakeSandbox }> {
  const llm = isFakeLlm(options.llm) ? options.llm : createFakeLlm(options.llm ?? {});
  const sandbox = isFakeSandbox(options.sandbox) ? options.sandbox : createFakeSandbox(options.sandbox);
  const ctx = createOperatorContext({
    operator: def,
    task: options.task,
    input: options.input ?? stage(),
    llm,
    sandbox,
    sandboxTimeoutMs: 5000,
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.branch !== undefined ? { branch: options.branch } : {}),
  });
  return { result: await def.run(ctx), llm, sandbox };
}

const isFakeLlm = (value: unknown): value is FakeLlm =>
  typeof value === 'object' && value !== null && 'complete' in value;
const isFakeSandbox = (value: unknown): value is FakeSandbox =>
  typeof value === 'object' && value !== null && 'run' in value;

/** The system and user texts of a recorded request. */
export const textsOf = (request: { messages: { role: string; content: string }[] } | undefined) => ({
  system: request?.messages.find((m) => m.role === 'system')?.content ?? '',
  user:
    request?.messages
      .filter((m) => m.role !== 'system')
      .map((m) => m.content)
      .join('\n') ?? '',
});
