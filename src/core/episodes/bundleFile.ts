import { z } from 'zod';
import type { WorkflowFile } from '../graph/workflowFile.ts';
import type { PolicyArtifacts } from '../policy/types.ts';
import { decodeBase64, encodeBase64 } from './base64.ts';
import { checkEpisodeData, issueText, readJson } from './episodeFile.ts';
import type { SerializeOptions } from './episodeFile.ts';
import { isRecord } from './jsonValue.ts';
import { toRedactedJson } from './redactSecrets.ts';
import type { EpisodeBundle, EpisodeRecord } from './types.ts';

/** The `format` tag of bundle files. */
export const BUNDLE_FILE_FORMAT = 'flowsteer-bundle';
/** The version this app reads and writes. */
export const BUNDLE_FILE_VERSION = 1;

/** What a bundle is made of. */
export interface CreateBundleOptions {
  workflowFile: WorkflowFile;
  episode: EpisodeRecord;
  policy?: PolicyArtifacts;
  seed: number | string;
  /** ISO time; the episode's by default. */
  createdAt?: string;
}

/** A workflow, an episode with its responses, the policy's weights and the seed: enough to replay offline. */
export function createBundle(options: CreateBundleOptions): EpisodeBundle {
  const bundle: EpisodeBundle = {
    format: BUNDLE_FILE_FORMAT,
    version: BUNDLE_FILE_VERSION,
    createdAt: options.createdAt ?? options.episode.createdAt,
    workflow: structuredClone(options.workflowFile),
    episode: structuredClone(options.episode),
    seed: options.seed,
  };
  if (options.policy) {
    bundle.policy = {
      modelJson: structuredClone(options.policy.modelJson),
      weightsBase64: encodeBase64(options.policy.weights),
    };
  }
  return bundle;
}

const bundleShape = z.object({
  format: z.literal(BUNDLE_FILE_FORMAT),
  version: z.literal(BUNDLE_FILE_VERSION),
  createdAt: z.string(),
  workflow: z.looseObject({ format: z.literal('flowsteer-workflow') }),
  episode: z.unknown(),
  policy: z
    .object({ modelJson: z.record(z.string(), z.unknown()), weightsBase64: z.string() })
    .exactOptional(),
  seed: z.union([z.number(), z.string()]),
});

/** The result of reading a bundle: the bundle and its decoded policy weights, or one clear message. */
export type ParseBundleResult =
  { ok: true; bundle: EpisodeBundle; policy?: PolicyArtifacts } | { ok: false; error: string };

/**
 * Reads a bundle file (never throws): format, version, shape, the embedded episode (checked as an episode file)
 * and the weights' base64. The workflow is only checked for its format tag; load it with `fromWorkflowFile`.
 */
export function parseBundleFile(text: string): ParseBundleResult {
  const json = readJson(text, 'bundle file');
  if (!json.ok) return json;
  const data = json.data;
  if (!isRecord(data) || data['format'] !== BUNDLE_FILE_FORMAT) {
    const got = isRecord(data) ? (JSON.stringify(data['format']) ?? 'nothing') : 'no object';
    const hint = isRecord(data) && data['format'] === 'flowsteer-episode' ? ' This is an episode file.' : '';
    return { ok: false, error: `format: expected "${BUNDLE_FILE_FORMAT}", got ${got}.${hint}` };
  }
  if (typeof data['version'] === 'number' && data['version'] > BUNDLE_FILE_VERSION) {
    return {
      ok: false,
      error: `version: this bundle was written in version ${data['version']}; this FlowSteer Studio reads version 1. Update the app to open it.`,
    };
  }
  const parsed = bundleShape.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => issueText(i, data));
    return { ok: false, error: `This is not a valid bundle file. ${issues.join('; ')}` };
  }
  const episode = checkEpisodeData(parsed.data.episode, 'episode');
  if (!episode.ok) return episode;
  const { policy: packed, ...rest } = parsed.data;
  const bundle: EpisodeBundle = { ...rest, episode: episode.episode };
  if (packed === undefined) return { ok: true, bundle };
  const weights = decodeBase64(packed.weightsBase64);
  if (weights === null)
    return { ok: false, error: 'policy.weightsBase64: the weights are not valid base64.' };
  bundle.policy = packed;
  return { ok: true, bundle, policy: { modelJson: packed.modelJson, weights } };
}

/** Writes a bundle as pretty JSON with the same credential stripping and redaction as episode files. */
export function serializeBundle(bundle: EpisodeBundle, options: SerializeOptions = {}): string {
  return toRedactedJson(bundle, options.secrets ?? []);
}
