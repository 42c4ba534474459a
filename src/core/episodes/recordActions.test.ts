import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { CanvasAction } from '../actions/types.ts';
import { EpisodeAborted } from '../training/runEpisode.ts';
import { builtinMathTask, episodeTestOptions } from './episodeTestKit.ts';
import { recordActions } from './recordActions.ts';
import { replayEpisode } from './replayEpisode.ts';

const registry = createBuiltinRegistry();
const task = builtinMathTask();
const actions: CanvasAction[] = [
  { type: 'addOperator', operator: 'Plan' },
  { type: 'finish' },
  { type: 'addParallel', operators: ['Programmer', 'Custom'] },
  { type: 'addOperator', operator: 'ScEnsemble' },
  { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
  { type: 'addOperator', operator: 'Format' },
  { type: 'finish' },
  { type: 'addOperator', operator: 'Custom' },
];

describe('recordActions', () => {
  it('plays a list of actions into a full record that replays exactly, ignoring actions after the end', async () => {
    const record = await recordActions(episodeTestOptions(registry, task), actions);
    expect(record.steps.map((s) => s.action)).toEqual(actions.slice(0, 7));
    expect(record.steps[1]?.outcome).toMatchObject({ ok: false, code: 'E_FINISH_REFUSED' });
    expect(record.steps[1]?.diff).toEqual([]);
    expect(record.steps.at(-1)).toMatchObject({ done: true, finishReason: 'finish' });
    const { sandbox, clock, score } = episodeTestOptions(registry, task);
    expect(await replayEpisode(record, { registry, sandbox, clock, score })).toEqual({
      exact: true,
      steps: 7,
    });
  });

  it('stops with EpisodeAborted when the signal is already stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      recordActions(episodeTestOptions(registry, task), actions, controller.signal),
    ).rejects.toBeInstanceOf(EpisodeAborted);
  });
});
