import { describe, expect, it } from 'vitest';
import type { CheckResult, StageState } from '../operators/types.ts';
import { initialStageState } from '../operators/types.ts';
import { mergeBranches } from './mergeBranches.ts';

const state = (fields: Partial<StageState> = {}): StageState => ({ ...initialStageState(), ...fields });
const check = (passed: boolean): CheckResult => ({
  checker: 'Review',
  passed,
  confidence: 0.9,
  feedback: passed ? 'ok' : 'wrong',
  suggested: null,
  testPassRatio: null,
});

describe('mergeBranches', () => {
  it.each([
    {
      name: 'first answer wins, all answers become candidates',
      input: state(),
      branches: [state({ answer: 'a' }), state({ answer: 'b' }), state({ answer: 'a' })],
      expected: { answer: 'a', candidates: ['a', 'b', 'a'] },
    },
    {
      name: 'a new answer beats a passed-through one',
      input: state({ answer: 'old' }),
      branches: [state({ answer: 'old', check: check(true) }), state({ answer: 'new' })],
      expected: { answer: 'new', candidates: ['old', 'new'], check: check(true) },
    },
    {
      name: 'planners added by branches are appended once, in branch order',
      input: state({ planners: ['Plan'] }),
      branches: [
        state({ planners: ['Plan', 'Decompose'], plan: 'd' }),
        state({ planners: ['Plan', 'Plan'], plan: 'p' }),
      ],
      expected: { planners: ['Plan', 'Decompose', 'Plan'], plan: 'd', candidates: null },
    },
    {
      name: 'code comes from the first branch that wrote some',
      input: state(),
      branches: [state({ answer: 'x' }), state({ answer: 'y', code: 'print(1)' })],
      expected: { code: 'print(1)', answer: 'x' },
    },
  ])('$name', ({ input, branches, expected }) => {
    expect(
      mergeBranches(
        input,
        branches.map((output) => ({ output, ok: true })),
      ),
    ).toMatchObject(expected);
  });

  it('ignores failed branches and keeps the input when nothing succeeded', () => {
    const input = state({ answer: 'kept', candidates: ['c'] });
    const merged = mergeBranches(input, [
      { output: state({ answer: 'bad' }), ok: false },
      { output: state({ answer: 'good' }), ok: true },
    ]);
    expect(merged).toMatchObject({ answer: 'good', candidates: ['good'] });
    expect(mergeBranches(input, [{ output: state({ answer: 'bad' }), ok: false }])).toEqual(input);
  });

  it('takes the formatted flag of the winning answer', () => {
    const merged = mergeBranches(state(), [
      { output: state({ answer: '42', formatted: true }), ok: true },
      { output: state({ answer: 'long text' }), ok: true },
    ]);
    expect(merged.formatted).toBe(true);
  });
});
