import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createHeuristicPolicy } from '../policy/createHeuristicPolicy.ts';
import { createEpisodeSession } from './createEpisodeSession.ts';
import { builtinMathTask, episodeTestOptions, playToEnd } from './episodeTestKit.ts';
import { backendIdOf, replayEpisode } from './replayEpisode.ts';
import type { ReplayDeps } from './replayEpisode.ts';
import type { EpisodeRecord } from './types.ts';

const registry = createBuiltinRegistry();
const task = builtinMathTask();
const options = episodeTestOptions(registry, task);
const session = createEpisodeSession(options);
await session.start();
const recorded = await playToEnd(session, createHeuristicPolicy());
const n = recorded.steps.length;

const deps = (): ReplayDeps => {
  const { sandbox, clock, score } = episodeTestOptions(registry, task);
  return { registry, sandbox, clock, score };
};

const tampered = (change: (e: EpisodeRecord) => void): EpisodeRecord => {
  const copy = structuredClone(recorded);
  change(copy);
  return copy;
};

describe('replayEpisode', () => {
  it('reproduces a recorded episode exactly, from its responses alone', async () => {
    expect(await replayEpisode(recorded, deps())).toEqual({ exact: true, steps: n });
  });

  it.each<[string, (e: EpisodeRecord) => void, { step: number; field: string }]>([
    [
      'a final output',
      (e) => void (e.steps[2]!.feedback.finalOutput = 'forty-two'),
      { step: 3, field: 'feedback.finalOutput' },
    ],
    ['a status', (e) => void (e.steps[1]!.feedback.status = 'failed'), { step: 2, field: 'feedback.status' }],
    ['a diff', (e) => void e.steps[3]!.diff.pop(), { step: 4, field: 'diff' }],
    [
      'an outcome',
      (e) => void (e.steps[0]!.outcome = { ok: false, code: 'E_ILLEGAL_ACTION', message: 'no' }),
      { step: 1, field: 'outcome' },
    ],
    ['the correctness', (e) => void (e.steps[n - 1]!.correctness = 0.5), { step: n, field: 'correctness' }],
    ['the reward', (e) => void (e.steps[n - 1]!.reward!.total = 7), { step: n, field: 'reward' }],
    [
      'a response text',
      (e) => {
        for (const entry of Object.values(e.responses)) entry.text = `${entry.text} (edited)`;
        // The plan alone shows no answer; the step after it asks with the edited plan, which was never recorded.
      },
      { step: 2, field: 'responses' },
    ],
  ])('catches %s changed by hand, at the right step', async (_name, change, expected) => {
    const report = await replayEpisode(tampered(change), deps());
    expect(report.exact).toBe(false);
    expect(report.firstMismatch).toEqual(expected);
    expect(report.steps).toBe(expected.step);
  });

  it('reports a request the recording does not hold instead of calling any backend', async () => {
    const report = await replayEpisode(
      tampered((e) => (e.responses = {})),
      deps(),
    );
    expect(report).toMatchObject({ exact: false, firstMismatch: { step: 1, field: 'responses' } });
  });

  it('names the backend id the recording used', () => {
    expect(backendIdOf({ kind: 'simulated', profile: 'default', seed: '7' })).toBe(options.llm.id);
    expect(backendIdOf({ kind: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3' })).toBe(
      'openai:http://localhost:11434/v1#llama3',
    );
  });
});
