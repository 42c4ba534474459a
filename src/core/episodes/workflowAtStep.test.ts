import { describe, expect, it } from 'vitest';
import { toNodeId } from '../graph/types.ts';
import type { OperatorNode, Workflow } from '../graph/types.ts';
import { diffWorkflow } from './diffWorkflow.ts';
import type { EpisodeRecord, EpisodeStep } from './types.ts';
import { turnAtStep, workflowAtStep } from './workflowAtStep.ts';

const op = (n: number, operator: string): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(`n${n}`),
  operator,
  prompt: { kind: 'template', id: 'default' },
});
const states: Workflow[] = [
  { nodes: [], nextId: 1 },
  { nodes: [op(1, 'Plan')], nextId: 2 },
  { nodes: [op(1, 'Plan'), op(2, 'Custom')], nextId: 3 },
  { nodes: [op(1, 'Plan'), op(2, 'Custom')], nextId: 3 },
  { nodes: [op(2, 'Custom')], nextId: 3 },
];

const stepOf = (i: number): EpisodeStep =>
  ({ turn: i + 1, diff: diffWorkflow(states[i] as Workflow, states[i + 1] as Workflow) }) as EpisodeStep;

const episode = (fields: Partial<EpisodeRecord> = {}): EpisodeRecord =>
  ({
    id: 'ep-w',
    initialWorkflow: states[0],
    steps: [0, 1, 2, 3].map(stepOf),
    ...fields,
  }) as EpisodeRecord;

describe('workflowAtStep', () => {
  it('gives the initial workflow at 0 and the workflow after k steps at k', () => {
    const e = episode();
    states.forEach((w, k) => expect(workflowAtStep(e, k)).toEqual(w));
    expect(turnAtStep(e, 0)).toBe(0);
    expect(turnAtStep(e, 3)).toBe(3);
  });

  it('walks back from a fork point: the kept steps are reverted from the fork workflow', () => {
    const fork = episode({
      initialWorkflow: states[2] as Workflow,
      forkOf: { episodeId: 'ep-o', atStep: 2 },
    });
    states.forEach((w, k) => expect(workflowAtStep(fork, k)).toEqual(w));
  });

  it('never shares structure with the record', () => {
    const e = episode();
    workflowAtStep(e, 0).nodes.push(op(9, 'Format'));
    expect(e.initialWorkflow.nodes).toEqual([]);
  });

  it.each([-1, 5, 1.5, Number.NaN])('refuses step %s with a RangeError that says what is valid', (step) => {
    expect(() => workflowAtStep(episode(), step)).toThrow(RangeError);
    expect(() => workflowAtStep(episode(), step)).toThrow(
      /it has 4 steps, so pick a whole number from 0 .* to 4/,
    );
  });
});
