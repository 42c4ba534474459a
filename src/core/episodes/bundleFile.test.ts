import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { toWorkflowFile } from '../graph/workflowFile.ts';
import type { PolicyArtifacts } from '../policy/types.ts';
import { createBundle, parseBundleFile, serializeBundle } from './bundleFile.ts';
import { builtinMathTask, episodeTestOptions } from './episodeTestKit.ts';
import { recordActions } from './recordActions.ts';
import { workflowAtStep } from './workflowAtStep.ts';

const registry = createBuiltinRegistry();
const episode = await recordActions(episodeTestOptions(registry, builtinMathTask(), { id: 'ep-b' }), [
  { type: 'addOperator', operator: 'Custom' },
  { type: 'addOperator', operator: 'Format' },
]);
const workflowFile = toWorkflowFile(workflowAtStep(episode, 2), { name: 'two steps' });
const weights = new Float32Array([0.5, -1.25, 3e-8, Number.MAX_VALUE, 0, 7]);
const policy: PolicyArtifacts = {
  modelJson: { format: 'layers-model', weightsManifest: [{ paths: ['weights.bin'], weights: [] }] },
  weights: weights.buffer,
};
const text = serializeBundle(createBundle({ workflowFile, episode, policy, seed: 'run-3' }));

const withChange = (change: (d: Record<string, unknown>) => void): string => {
  const data = JSON.parse(text) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
};

describe('bundle files', () => {
  it('round-trips the workflow, episode, seed and the policy weights byte for byte', () => {
    const parsed = parseBundleFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.bundle).toMatchObject({ format: 'flowsteer-bundle', version: 1, seed: 'run-3' });
    expect(parsed.bundle.createdAt).toBe(episode.createdAt);
    expect(parsed.bundle.workflow).toEqual(workflowFile);
    expect(parsed.bundle.episode).toEqual(episode);
    expect(parsed.policy?.modelJson).toEqual(policy.modelJson);
    expect(Array.from(new Float32Array(parsed.policy?.weights ?? new ArrayBuffer(0)))).toEqual(
      Array.from(weights),
    );
  });

  it('works without a policy, and strips credentials and secrets like episode files', () => {
    const secret = 'sk-bundle-SECRET';
    const bundle = createBundle({
      workflowFile: { ...workflowFile, name: `named ${secret}` },
      episode,
      seed: 3,
    });
    Object.assign(bundle.episode.backend, { apiKey: secret });
    const out = serializeBundle(bundle, { secrets: [secret] });
    expect(out).not.toContain(secret);
    expect(out).not.toContain('apiKey');
    const parsed = parseBundleFile(out);
    expect(parsed.ok && parsed.policy === undefined && parsed.bundle.policy === undefined).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['truncated JSON', text.slice(0, 100), /bundle file is not valid JSON/],
    ['an episode file', withChange((d) => (d['format'] = 'flowsteer-episode')), /This is an episode file/],
    [
      'a newer version',
      withChange((d) => (d['version'] = 3)),
      /version: this bundle was written in version 3/,
    ],
    ['no seed', withChange((d) => delete d['seed']), /seed: missing/],
    [
      'a workflow of another format',
      withChange((d) => (d['workflow'] = { format: 'x' })),
      /workflow\.format/,
    ],
    [
      'a broken embedded episode',
      withChange((d) => ((d['episode'] as Record<string, unknown>)['steps'] = 'none')),
      /episode\.steps: /,
    ],
    [
      'a newer embedded episode',
      withChange((d) => ((d['episode'] as Record<string, unknown>)['version'] = 2)),
      /episode\.version: .*version 2/,
    ],
    [
      'weights that are not base64',
      withChange((d) => ((d['policy'] as Record<string, unknown>)['weightsBase64'] = 'not base64!')),
      /policy\.weightsBase64: the weights are not valid base64/,
    ],
  ])('gives a clear error, never a throw, for %s', (_name, input, message) => {
    const result = parseBundleFile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
