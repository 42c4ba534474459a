import type { LlmPurpose, LlmRequest } from '../../ports/LlmClient.ts';
import type { Task, TaskType } from '../../tasks/types.ts';
import { assertNever } from '../../util/assertNever.ts';
import { extractCodeBlock, parseThoughtAnswer } from '../../operators/protocol.ts';
import { identifyAnswer } from './simCandidates.ts';
import type { SimCandidate } from './simCandidates.ts';

/**
 * Small synthetic tasks for the simulated backend's tests (independent of the built-in suites): task `i` of `n`
 * has difficulty (i + 0.5) / n, so a batch covers δ ∈ [0, 1] evenly.
 */
export function makeSimTestTask(type: TaskType, i: number, n = 1): Task {
  const difficulty = (i + 0.5) / n;
  const base = { id: `${type}-${i}`, source: 'test:sim', difficulty };
  switch (type) {
    case 'math': {
      const g = 100 + 7 * i;
      const wrong = [g + 10, g - 10, 2 * g];
      const program = (v: number): string => `def solve():\n    total = ${v}\n    return total\n`;
      return {
        ...base,
        type,
        metric: 'math',
        question: `A shop packs ${g} items. How many items are packed?`,
        gold: [String(g)],
        distractors: wrong.map(String),
        programs: { correct: program(g), wrong: wrong.map(program) },
      };
    }
    case 'qa':
      return {
        ...base,
        type,
        metric: 'f1',
        question: 'Which city hosted the fair?',
        context: 'The fair was held in Paris, not in Lyon or Marseille.',
        gold: ['Paris', 'the city of Paris'],
        distractors: ['Lyon', 'Marseille'],
      };
    case 'mc':
      return {
        ...base,
        type,
        metric: 'mc',
        question: 'Which is a prime number?',
        choices: ['4', '7', '9', '12'],
        gold: ['B'],
        distractors: ['A', 'C', 'D'],
      };
    case 'code': {
      const fn = `combine_${i}`;
      const body = (op: string): string => `def ${fn}(a, b):\n    result = a ${op} b\n    return result\n`;
      return {
        ...base,
        type,
        metric: 'code',
        question: `Write ${fn}(a, b) that returns the sum of a and b.`,
        gold: [],
        distractors: [],
        code: {
          format: 'asserts',
          entryPoint: fn,
          publicTests: [`assert ${fn}(1, 2) == 3`],
          hiddenTests: [`assert ${fn}(2, 2) == 4`, `assert ${fn}(0, 5) == 5`],
          solution: body('+'),
          buggy: [body('-'), body('*')],
        },
      };
    }
    default:
      return assertNever(type, 'task type');
  }
}

/** `n` tasks of one type spanning the difficulty range. */
export const makeSimTestTasks = (type: TaskType, n: number): Task[] =>
  Array.from({ length: n }, (_, i) => makeSimTestTask(type, i, n));

/** A request as the operator context would build it, with overridable fields. */
export function makeSimRequest(
  task: Task,
  operator: string,
  purpose: LlmPurpose,
  hints: Partial<LlmRequest['hints']> = {},
  promptKey = 'default',
): LlmRequest {
  return {
    operator,
    purpose,
    promptKey,
    messages: [{ role: 'user', content: task.question }],
    hints: { task, inputAnswer: null, feedback: null, branch: 0, attempt: 0, planners: [], ...hints },
  };
}

/** Which candidate a reply states, read as its operator would (ANSWER line, program, code block, plain text). */
export function readOutcome(task: Task, purpose: LlmPurpose, text: string): SimCandidate | null {
  if (purpose === 'answer' && task.type !== 'code')
    return identifyAnswer(task, parseThoughtAnswer(text)?.answer ?? null);
  if ((purpose === 'code' || purpose === 'reflect') && task.type !== 'code') {
    const program = extractCodeBlock(text)?.trim() ?? '';
    if (task.type === 'math' && task.programs) {
      if (program === task.programs.correct.trim())
        return { text: task.gold[0] ?? '', correct: true, wrongIndex: -1 };
      const i = task.programs.wrong.findIndex((w) => w.trim() === program);
      return i >= 0 ? { text: task.distractors[i] ?? '', correct: false, wrongIndex: i } : null;
    }
    return identifyAnswer(task, /answer = (".*")/.exec(program)?.[1]?.slice(1, -1) ?? null);
  }
  return identifyAnswer(task, text);
}

/** The mean of σ(logit − k·δ) over tasks: the expected accuracy of a solving call. */
export const expectedAccuracy = (tasks: readonly Task[], logit: number, k = 3): number =>
  tasks.reduce((sum, t) => sum + 1 / (1 + Math.exp(-(logit - k * t.difficulty))), 0) / tasks.length;
