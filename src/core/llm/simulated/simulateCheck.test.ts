import { describe, expect, it } from 'vitest';
import { parseVerdict } from '../../operators/protocol.ts';
import type { VerdictText } from '../../operators/protocol.ts';
import type { LlmRequest } from '../../ports/LlmClient.ts';
import type { Task, TaskType } from '../../tasks/types.ts';
import { createSimulatedLlm } from './createSimulatedLlm.ts';
import { NOTHING_TO_CHECK, isNothingToCheck } from './simCall.ts';
import { identifyAnswer } from './simCandidates.ts';
import { expectedAccuracy, makeSimRequest, makeSimTestTasks } from './simTestTasks.ts';

const N = 600;
const llm = createSimulatedLlm({ seed: 3 });
const tasksOf = (type: TaskType): Task[] => makeSimTestTasks(type, N);
const wrongInput = (t: Task): string =>
  t.type === 'code' ? (t.code?.buggy[0] ?? '') : (t.distractors[0] ?? '');
const rightInput = (t: Task): string => (t.type === 'code' ? (t.code?.solution ?? '') : (t.gold[0] ?? ''));

async function verdicts(
  tasks: Task[],
  operator: string,
  purpose: 'review' | 'verify',
  input: (t: Task) => string | null,
  hints: Partial<LlmRequest['hints']> = {},
): Promise<VerdictText[]> {
  const out: VerdictText[] = [];
  for (const task of tasks) {
    const { text } = await llm.complete(
      makeSimRequest(task, operator, purpose, { ...hints, inputAnswer: input(task) }),
    );
    const verdict = parseVerdict(text);
    if (verdict === null) throw new Error(`unparsable verdict: ${text}`);
    out.push(verdict);
  }
  return out;
}
const failRate = (vs: VerdictText[]): number => vs.filter((v) => !v.passed).length / vs.length;

describe('checkers', () => {
  it.each<[TaskType, string, 'review' | 'verify', number, number]>([
    ['math', 'Verify', 'verify', 0.7, 0.1],
    ['math', 'Review', 'review', 0.6, 0.15],
    ['qa', 'Verify', 'verify', 0.5, 0.1],
    ['qa', 'Review', 'review', 0.55, 0.15],
    ['code', 'Verify', 'verify', 0.4, 0.1],
    ['code', 'Review', 'review', 0.5, 0.15],
    ['math', 'Critic', 'review', 0.6, 0.15],
  ])(
    '%s %s (%s) catches wrong answers at %s and false-alarms at %s',
    async (type, op, purpose, catchRate, falseAlarm) => {
      const tasks = tasksOf(type);
      expect(Math.abs(failRate(await verdicts(tasks, op, purpose, wrongInput)) - catchRate)).toBeLessThan(
        0.06,
      );
      expect(Math.abs(failRate(await verdicts(tasks, op, purpose, rightInput)) - falseAlarm)).toBeLessThan(
        0.05,
      );
    },
  );

  it('counts an unrecognised answer as wrong and recognises a verbose right one', async () => {
    const tasks = tasksOf('math');
    expect(Math.abs(failRate(await verdicts(tasks, 'Verify', 'verify', () => 'about 3')) - 0.7)).toBeLessThan(
      0.06,
    );
    const verbose = (t: Task) => `We add things up.\nSo the answer is ${t.gold[0] ?? ''}.`;
    expect(failRate(await verdicts(tasks, 'Verify', 'verify', verbose))).toBeLessThan(0.15);
  });

  it('states higher confidence when its verdict is right, within the profile ranges', async () => {
    const tasks = tasksOf('math');
    const wrong = await verdicts(tasks, 'Review', 'review', wrongInput);
    const right = await verdicts(tasks, 'Review', 'review', rightInput);
    const rightVerdicts = [...wrong.filter((v) => !v.passed), ...right.filter((v) => v.passed)];
    const wrongVerdicts = [...wrong.filter((v) => v.passed), ...right.filter((v) => !v.passed)];
    const mean = (vs: VerdictText[]) => vs.reduce((s, v) => s + v.confidence, 0) / vs.length;
    expect(mean(rightVerdicts)).toBeGreaterThan(mean(wrongVerdicts) + 0.1);
    expect(rightVerdicts.every((v) => v.confidence >= 0.7 && v.confidence <= 0.95)).toBe(true);
    expect(wrongVerdicts.every((v) => v.confidence >= 0.5 && v.confidence <= 0.8)).toBe(true);
  });

  it('fails with "nothing to check" and no answer when there is no input', async () => {
    for (const purpose of ['review', 'verify'] as const) {
      const [v] = await verdicts(tasksOf('math').slice(0, 1), 'Verify', purpose, () => null);
      expect(v).toMatchObject({ passed: false, answer: null, feedback: NOTHING_TO_CHECK });
      expect(isNothingToCheck(v?.feedback ?? '')).toBe(true);
    }
  });

  it('Verify suggests its own solution when it fails an answer, never the rejected one', async () => {
    const tasks = tasksOf('math');
    const vs = await verdicts(tasks, 'Verify', 'verify', wrongInput);
    const failed = vs.flatMap((v, i) => (v.passed ? [] : [{ v, task: tasks[i] as Task }]));
    expect(failed.every(({ v, task }) => v.answer !== null && v.answer !== wrongInput(task))).toBe(true);
    const solved =
      failed.filter(({ v, task }) => identifyAnswer(task, v.answer)?.correct).length / failed.length;
    const expected = expectedAccuracy(
      failed.map((f) => f.task),
      1.5,
    );
    expect(Math.abs(solved - expected)).toBeLessThan(0.08);
    const passed = vs.flatMap((v, i) => (v.passed ? [{ v, task: tasks[i] as Task }] : []));
    expect(passed.every(({ v, task }) => v.answer === wrongInput(task))).toBe(true);
  });

  it('Verify proposes no code on code tasks', async () => {
    const vs = await verdicts(tasksOf('code').slice(0, 50), 'Verify', 'verify', wrongInput);
    expect(vs.every((v) => v.answer === null)).toBe(true);
  });
});
