import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { CanvasAction } from '../actions/types.ts';
import { parseEpisodeFile, serializeEpisode } from './episodeFile.ts';
import { builtinMathTask, episodeTestOptions } from './episodeTestKit.ts';
import { recordActions } from './recordActions.ts';
import { replayEpisode } from './replayEpisode.ts';
import type { EpisodeRecord } from './types.ts';
import { workflowAtStep } from './workflowAtStep.ts';

const registry = createBuiltinRegistry();
const SECRET = 'sk-live-TOPSECRET-42';
const task = { ...builtinMathTask(), question: `${builtinMathTask().question} (key ${SECRET})` };
const actions: CanvasAction[] = [
  { type: 'addOperator', operator: 'Plan' },
  { type: 'addParallel', operators: ['Programmer', 'Custom'] },
  { type: 'deleteNode', target: 'n1' as never },
  { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: 'Format' },
];
const episode = await recordActions(episodeTestOptions(registry, task, { id: 'ep-file' }), actions);
const text = serializeEpisode(episode, { secrets: [SECRET] });

const withChange = (change: (e: Record<string, unknown>) => void): string => {
  const data = JSON.parse(text) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
};

describe('episode files', () => {
  it('round-trips: the parsed episode equals the original (secret aside) and still replays exactly', async () => {
    const plain = serializeEpisode(episode);
    const parsed = parseEpisodeFile(plain);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.episode).toEqual(episode);
    for (let k = 0; k <= actions.length; k++)
      expect(workflowAtStep(parsed.episode, k)).toEqual(workflowAtStep(episode, k));
    const { sandbox, clock, score } = episodeTestOptions(registry, task);
    expect(await replayEpisode(parsed.episode, { registry, sandbox, clock, score })).toEqual({
      exact: true,
      steps: 4,
    });
    expect(plain).toContain('\n  "format": "flowsteer-episode"');
  });

  it('never writes a planted secret or a credential property', () => {
    const planted = structuredClone(episode) as EpisodeRecord & Record<string, unknown>;
    planted['apiKey'] = 'sk-planted-apikey';
    (planted.task.meta ??= {})['note'] = `copied ${SECRET} here`;
    Object.assign(planted.backend, { headers: { Authorization: `Bearer ${SECRET}` }, key: 'k-1' });
    Object.assign(planted.steps[0]!.action, { apiKey: 'sk-planted-apikey' });
    const out = serializeEpisode(planted, { secrets: [SECRET, ''] });
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('sk-planted-apikey');
    expect(out).not.toMatch(/"(apiKey|headers|key|Authorization)"/);
    expect(out).toContain('[redacted]');
    const parsed = parseEpisodeFile(out);
    expect(parsed.ok && parsed.episode.task.question.endsWith('(key [redacted])')).toBe(true);
    expect(text).not.toContain(SECRET);
  });

  it.each<[string, string, RegExp]>([
    ['truncated JSON', text.slice(0, text.length / 2), /not valid JSON \(it may be cut short\)/],
    ['not an object', '[1, 2]', /\(file\): expected a JSON object/],
    [
      'another format',
      withChange((d) => (d['format'] = 'flowsteer-workflow')),
      /format: expected "flowsteer-episode", got "flowsteer-workflow"/,
    ],
    ['a bundle', withChange((d) => (d['format'] = 'flowsteer-bundle')), /open it as a bundle/],
    [
      'a newer version',
      withChange((d) => (d['version'] = 2)),
      /version: this episode was written in version 2; .* reads version 1/,
    ],
    ['version 0', withChange((d) => (d['version'] = 0)), /version: /],
    ['missing steps', withChange((d) => delete d['steps']), /steps: missing \(expected array\)/],
    [
      'a bad action',
      withChange(
        (d) => ((d['steps'] as Array<Record<string, unknown>>)[1]!['action'] = { type: 'teleport' }),
      ),
      /steps\[1\]\.action\.type/,
    ],
    [
      'a bad error code',
      withChange(
        (d) =>
          ((d['steps'] as Array<Record<string, unknown>>)[0]!['outcome'] = {
            ok: false,
            code: 'E_NOPE',
            message: 'x',
          }),
      ),
      /steps\[0\]\.outcome\.code/,
    ],
    [
      'a diff that does not fit',
      withChange((d) => (d['initialWorkflow'] = { nodes: [], nextId: 9 })),
      /steps: the step diffs do not fit/,
    ],
    [
      'a fork past its steps',
      withChange((d) => (d['forkOf'] = { episodeId: 'x', atStep: 9 })),
      /forkOf\.atStep: the fork keeps 9 steps/,
    ],
  ])('gives a clear error, never a throw, for %s', (_name, input, message) => {
    const result = parseEpisodeFile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
