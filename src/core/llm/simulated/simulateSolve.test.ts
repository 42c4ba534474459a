import { describe, expect, it } from 'vitest';
import type { LlmPurpose, LlmRequest } from '../../ports/LlmClient.ts';
import type { Task, TaskType } from '../../tasks/types.ts';
import { extractCodeBlock } from '../../operators/protocol.ts';
import { createSimulatedLlm } from './createSimulatedLlm.ts';
import { DEFAULT_SIM_PROFILE } from './defaultSimProfile.ts';
import { NOTHING_TO_CHECK } from './simCall.ts';
import type { SimProfile } from './simProfileSchema.ts';
import { expectedAccuracy, makeSimRequest, makeSimTestTasks, readOutcome } from './simTestTasks.ts';

const N = 500;
const TOL = 0.06;
const noRunErrors: SimProfile = {
  ...DEFAULT_SIM_PROFILE,
  name: 'no-run-errors',
  math: { ...DEFAULT_SIM_PROFILE.math, programmerRunError: 0 },
  code: { ...DEFAULT_SIM_PROFILE.code, programmerRunError: 0 },
};
const llm = createSimulatedLlm({ seed: 11, profile: noRunErrors });
const tasksOf: Record<TaskType, Task[]> = {
  math: makeSimTestTasks('math', N),
  qa: makeSimTestTasks('qa', N),
  mc: makeSimTestTasks('mc', N),
  code: makeSimTestTasks('code', N),
};

type Hints = Partial<LlmRequest['hints']>;
async function accuracy(
  type: TaskType,
  operator: string,
  purpose: LlmPurpose,
  hints: (t: Task) => Hints = () => ({}),
): Promise<number> {
  let right = 0;
  for (const task of tasksOf[type]) {
    const { text } = await llm.complete(makeSimRequest(task, operator, purpose, hints(task)));
    if (readOutcome(task, purpose, text)?.correct) right++;
  }
  return right / N;
}

const wrongInput = (t: Task): string =>
  t.type === 'code' ? (t.code?.buggy[0] ?? '') : (t.distractors[0] ?? '');
const rightInput = (t: Task): string => (t.type === 'code' ? (t.code?.solution ?? '') : (t.gold[0] ?? ''));
const caught = (t: Task): Hints => ({
  inputAnswer: wrongInput(t),
  feedback: 'The answer looks wrong: recheck it.',
});

describe('solving calls follow σ(skill + bonus − kδ)', () => {
  it.each<[string, TaskType, string, LlmPurpose, (t: Task) => Hints, number]>([
    ['Custom on math', 'math', 'Custom', 'solve', () => ({}), 1.5],
    ['AnswerGenerate on math', 'math', 'AnswerGenerate', 'answer', () => ({}), 1.8],
    ['Programmer on math', 'math', 'Programmer', 'code', () => ({}), 2.6],
    ['Custom on qa', 'qa', 'Custom', 'solve', () => ({}), 1.8],
    ['AnswerGenerate on qa', 'qa', 'AnswerGenerate', 'answer', () => ({}), 2.0],
    ['Programmer on qa (skill 0)', 'qa', 'Programmer', 'code', () => ({}), 0],
    ['Custom on mc (qa column)', 'mc', 'Custom', 'solve', () => ({}), 1.8],
    ['Custom on code', 'code', 'Custom', 'solve', () => ({}), 1.0],
    ['Programmer on code', 'code', 'Programmer', 'code', () => ({}), 2.2],
    ['Custom after Plan on math', 'math', 'Custom', 'solve', () => ({ planners: ['Plan'] }), 2.0],
    ['Custom after Decompose on math', 'math', 'Custom', 'solve', () => ({ planners: ['Decompose'] }), 1.8],
    ['Custom after Plan on qa', 'qa', 'Custom', 'solve', () => ({ planners: ['Plan'] }), 1.5],
    [
      'only the latest planner counts',
      'qa',
      'Custom',
      'solve',
      () => ({ planners: ['Plan', 'Decompose'] }),
      2.4,
    ],
    ['an unknown planner adds nothing', 'math', 'Custom', 'solve', () => ({ planners: ['Brainstorm'] }), 1.5],
    ['an unknown solver borrows Custom', 'math', 'Sketch', 'solve', () => ({}), 1.5],
    ['an unknown coder borrows Programmer', 'math', 'Sketch', 'code', () => ({}), 2.6],
    ['Revise with no answer (Custom − 1)', 'math', 'Revise', 'revise', () => ({}), 0.5],
    ['Revise after a real catch (+0.5)', 'math', 'Revise', 'revise', caught, 2.0],
    ['Custom as a fix after a real catch (+0.5)', 'math', 'Custom', 'solve', caught, 2.0],
    [
      'Custom as a fix after "nothing to check" (no bonus)',
      'math',
      'Custom',
      'solve',
      (t) => ({ inputAnswer: wrongInput(t), feedback: NOTHING_TO_CHECK }),
      1.5,
    ],
    ['a Test rewrite round (+0.5)', 'code', 'Test', 'reflect', caught, 1.5],
    [
      'a Programmer retry after its own run error (no bonus)',
      'math',
      'Programmer',
      'code',
      (t) => ({ inputAnswer: wrongInput(t), feedback: "NameError: name 'totl' is not defined", attempt: 1 }),
      2.6,
    ],
  ])('%s', async (_label, type, operator, purpose, hints, logit) => {
    const observed = await accuracy(type, operator, purpose, hints);
    expect(Math.abs(observed - expectedAccuracy(tasksOf[type], logit))).toBeLessThan(TOL);
  });

  it('makes Plan help on math and hurt on qa', async () => {
    const plan = () => ({ planners: ['Plan'] });
    expect(await accuracy('math', 'Custom', 'solve', plan)).toBeGreaterThan(
      await accuracy('math', 'Custom', 'solve'),
    );
    expect(await accuracy('qa', 'Custom', 'solve', plan)).toBeLessThan(
      await accuracy('qa', 'Custom', 'solve'),
    );
  });
});

describe('Revise', () => {
  const outcomes = async (hints: (t: Task) => Hints) =>
    Promise.all(
      tasksOf.math.map(async (t) => {
        const { text } = await llm.complete(makeSimRequest(t, 'Revise', 'revise', hints(t)));
        return { task: t, outcome: readOutcome(t, 'revise', text) };
      }),
    );

  it('breaks a right answer after a false alarm about 20 % of the time', async () => {
    const results = await outcomes((t) => ({ inputAnswer: rightInput(t), feedback: 'Looks wrong to me.' }));
    const broken = results.filter((r) => !r.outcome?.correct).length / N;
    expect(Math.abs(broken - 0.2)).toBeLessThan(0.05);
  });

  it('after a real catch, never returns the rejected answer', async () => {
    const results = await outcomes(caught);
    expect(results.filter((r) => r.outcome?.text === wrongInput(r.task))).toHaveLength(0);
  });

  it('with no feedback, re-solves at its skill and keeps a wrong input when it fails', async () => {
    const results = await outcomes((t) => ({ inputAnswer: wrongInput(t) }));
    const right = results.filter((r) => r.outcome?.correct).length / N;
    expect(Math.abs(right - expectedAccuracy(tasksOf.math, 1.5))).toBeLessThan(TOL);
    expect(results.every((r) => r.outcome?.correct || r.outcome?.text === wrongInput(r.task))).toBe(true);
  });
});

describe('Programmer', () => {
  it('returns the task programs and raises with the profile run-error rate, redrawn per attempt', async () => {
    const client = createSimulatedLlm({ seed: 5 });
    const tasks = makeSimTestTasks('math', 1000);
    const broken = async (attempt: number) => {
      const out: boolean[] = [];
      for (const t of tasks) {
        const { text } = await client.complete(makeSimRequest(t, 'Programmer', 'code', { attempt }));
        const code = extractCodeBlock(text) ?? '';
        const known = [t.programs?.correct, ...(t.programs?.wrong ?? [])].some(
          (p) => p?.trim() === code.trim(),
        );
        if (!known) expect(code).toMatch(/1 \/ 0|= totl\b/);
        out.push(!known);
      }
      return out;
    };
    const first = await broken(0);
    const second = await broken(1);
    const rate = first.filter(Boolean).length / tasks.length;
    expect(Math.abs(rate - 0.08)).toBeLessThan(0.025);
    expect(first.some((b, i) => b !== second[i])).toBe(true);
  });

  it('writes a solve() that returns a span on qa and the candidate code on code tasks', async () => {
    const [qa] = tasksOf.qa;
    const [code] = tasksOf.code;
    if (!qa || !code) throw new Error('fixtures');
    const qaText = (await llm.complete(makeSimRequest(qa, 'Programmer', 'code'))).text;
    expect(extractCodeBlock(qaText)).toMatch(
      /^def solve\(\):\n {4}answer = "(Paris|the city of Paris|Lyon|Marseille)"/,
    );
    const codeText = (await llm.complete(makeSimRequest(code, 'Programmer', 'code'))).text;
    expect(readOutcome(code, 'code', codeText)).not.toBeNull();
  });
});
