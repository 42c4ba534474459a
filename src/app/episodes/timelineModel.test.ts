import { describe, expect, it } from 'vitest';
import { emptyWorkflow } from '../../core/graph/types.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { fakeEpisode, fakeStep } from './episodeTestKit.ts';
import { diversityCurve, episodeSummary, finalReward, markKind, timelineMarks } from './timelineModel.ts';

const registry = createBuiltinRegistry();

describe('timeline model', () => {
  it.each([
    ['succeeded', false, 'ok'],
    ['failed', false, 'failed'],
    ['aborted', false, 'failed'],
    ['refused', false, 'refused'],
    ['finished', true, 'finish'],
    ['succeeded', true, 'finish'],
  ] as const)('a %s step (done %s) is marked %s', (status, done, kind) => {
    expect(markKind(fakeStep(1, { type: 'finish' }, status, { done }))).toBe(kind);
  });

  it('labels each mark with its 1-based step and action', () => {
    const marks = timelineMarks(fakeEpisode(registry));
    expect(marks.map((m) => m.kind)).toEqual(['ok', 'refused', 'ok', 'finish']);
    expect(marks[0]?.label).toBe('Step 1: Add Plan (succeeded)');
    expect(marks[1]?.label).toBe('Step 2: Finish the workflow (refused)');
  });

  it('draws R_div growing with the workflow', () => {
    const full = parseWorkflow(
      'Plan -> [Custom, Programmer] -> ScEnsemble -> Verify ? Revise : done -> Format',
      registry,
    );
    if (!full.ok) throw new Error(full.error.message);
    expect(diversityCurve([emptyWorkflow(), full.workflow], registry)).toEqual([0, 1]);
  });

  it('summarises actor, task, steps and the final reward', () => {
    const episode = fakeEpisode(registry);
    expect(finalReward(episode)?.correctness).toBe(1);
    expect(episodeSummary(episode)).toBe('heuristic (seed 1) · math-1 · 4 steps · c = 1.00, R = -1.00');
    const unfinished = {
      ...episode,
      actor: { kind: 'human' as const, name: 'hand' },
      steps: episode.steps.slice(0, 1),
    };
    expect(finalReward(unfinished)).toBeNull();
    expect(episodeSummary(unfinished)).toBe('by hand · math-1 · 1 step · not finished');
  });
});
