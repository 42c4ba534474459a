import { describe, expect, it } from 'vitest';
import { createMemoryCheckpointStore } from '../../core/policy/createMemoryCheckpointStore.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { exportBundleText, exportEpisodeText, readEpisodeImport, secretsOf } from './episodeFiles.ts';
import { fakeEpisode } from './episodeTestKit.ts';
import { DEFAULT_LLM_SETTINGS } from '../settings/llmSettings.ts';

const registry = createBuiltinRegistry();
const KEY = 'sk-secret-abcdefghijklmnop';

describe('episode files', () => {
  it('round-trips an episode and redacts the keys the settings hold', () => {
    const episode = fakeEpisode(registry);
    episode.steps[0]!.feedback.message = `the endpoint echoed ${KEY}`;
    const secrets = secretsOf({
      ...DEFAULT_LLM_SETTINGS,
      endpoint: { ...DEFAULT_LLM_SETTINGS.endpoint, apiKey: KEY },
    });
    expect(secrets).toEqual([KEY]);
    const text = exportEpisodeText(episode, secrets);
    expect(text).not.toContain(KEY);
    const back = readEpisodeImport(text);
    expect(back.ok && back.kind).toBe('episode');
    expect(back.ok && back.episode.steps.map((s) => s.action)).toEqual(episode.steps.map((s) => s.action));
  });

  it.each([
    ['not JSON', '{"format": "flowsteer-episode", "ver', /not valid JSON/],
    [
      'another format',
      '{"format": "flowsteer-workflow", "version": 1}',
      /format: expected "flowsteer-episode"/,
    ],
    ['a newer version', '{"format": "flowsteer-episode", "version": 9}', /version 9/],
    [
      'a broken step list',
      '{"format": "flowsteer-episode", "version": 1, "steps": "many"}',
      /not a valid episode file/,
    ],
    [
      'a bundle with a broken episode',
      '{"format": "flowsteer-bundle", "version": 1, "createdAt": "x", "workflow": {"format": "flowsteer-workflow"}, "episode": {"format": "flowsteer-episode", "version": 1}, "seed": 1}',
      /episode/,
    ],
    ['an array', '[]', /expected a JSON object/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const result = readEpisodeImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('bundles the checkpoint weights of a checkpoint episode, and an import saves them once', async () => {
    const episode = {
      ...fakeEpisode(registry),
      actor: { kind: 'policy' as const, name: 'final-greedy', checkpoint: 'final', seed: 4 },
    };
    const source = createMemoryCheckpointStore();
    const weights = new Uint8Array([1, 2, 3, 250]).buffer;
    await source.save('final', { modelJson: { format: 'layers-model' }, weights });
    const exported = await exportBundleText(episode, source, []);
    expect(exported.note).toMatch(/weights of checkpoint “final”/);
    const bundle = readEpisodeImport(exported.text);
    if (!bundle.ok) throw new Error(bundle.message);
    expect(bundle.kind).toBe('bundle');
    const target = createMemoryCheckpointStore();
    expect(await bundle.saveWeights(target)).toBe('final');
    expect(new Uint8Array((await target.load('final')).weights)).toEqual(new Uint8Array([1, 2, 3, 250]));
    expect(await bundle.saveWeights(target)).toBeNull();
    const without = await exportBundleText(episode, undefined, []);
    expect(without.note).toMatch(/without weights/);
    expect(JSON.parse(without.text)).not.toHaveProperty('policy');
  });
});
