import {
  createBundle,
  parseBundleFile,
  parseEpisodeFile,
  serializeBundle,
  serializeEpisode,
  workflowAtStep,
  type EpisodeRecord,
} from '../../core/episodes/index.ts';
import { toWorkflowFile } from '../../core/graph/workflowFile.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import type { PolicyArtifacts } from '../../core/policy/types.ts';
import type { LlmSettings } from '../settings/llmSettings.ts';

/** An imported file: its episode, and for a bundle a way to keep the policy weights it carries. */
export type EpisodeImport =
  | {
      ok: true;
      kind: 'episode' | 'bundle';
      episode: EpisodeRecord;
      /** Saves a bundle's weights as a checkpoint (never over an existing one); resolves to its name, or null. */
      saveWeights(checkpoints: CheckpointStore | undefined): Promise<string | null>;
    }
  | { ok: false; message: string };

const noWeights = (): Promise<null> => Promise.resolve(null);

async function keepWeights(
  episode: EpisodeRecord,
  policy: PolicyArtifacts,
  checkpoints: CheckpointStore | undefined,
): Promise<string | null> {
  if (!checkpoints) return null;
  const name = episode.actor.checkpoint ?? `bundle-${episode.id}`;
  try {
    if ((await checkpoints.list()).includes(name)) return null;
    await checkpoints.save(name, policy);
    return name;
  } catch {
    // The episode still replays from its responses; only resuming with this checkpoint needs the weights.
    return null;
  }
}

/** The `format` a JSON file declares, if it parses and declares one. */
function formatOf(text: string): unknown {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  } catch {
    return undefined;
  }
}

/** Reads an episode or bundle file; anything malformed gives one message and changes nothing. */
export function readEpisodeImport(text: string): EpisodeImport {
  if (formatOf(text) === 'flowsteer-bundle') {
    const bundle = parseBundleFile(text);
    if (!bundle.ok) return { ok: false, message: bundle.error };
    const { episode } = bundle.bundle;
    const policy = bundle.policy;
    return {
      ok: true,
      kind: 'bundle',
      episode,
      saveWeights: policy ? (checkpoints) => keepWeights(episode, policy, checkpoints) : noWeights,
    };
  }
  const episode = parseEpisodeFile(text);
  if (!episode.ok) return { ok: false, message: episode.error };
  return { ok: true, kind: 'episode', episode: episode.episode, saveWeights: noWeights };
}

/** Every key the settings hold, to be redacted from exports wherever it might appear. */
export function secretsOf(settings: LlmSettings | null): string[] {
  if (!settings) return [];
  return [settings.endpoint.apiKey, ...Object.values(settings.overrides).map((o) => o.apiKey)].filter(
    (k) => k !== '',
  );
}

/** An episode file's text: versioned JSON with every response, credentials stripped and keys redacted. */
export function exportEpisodeText(episode: EpisodeRecord, secrets: string[]): string {
  return `${serializeEpisode(episode, { secrets })}\n`;
}

/**
 * A bundle's text: the episode's final workflow as a workflow file, the episode, the seed, and the policy's
 * weights when the episode was played by a checkpoint the store still holds. `note` says what went in.
 */
export async function exportBundleText(
  episode: EpisodeRecord,
  checkpoints: CheckpointStore | undefined,
  secrets: string[],
): Promise<{ text: string; note: string }> {
  const checkpoint = episode.actor.checkpoint;
  let policy: PolicyArtifacts | undefined;
  let note = 'Bundle exported (no policy weights: the episode was not played by a saved checkpoint).';
  if (checkpoint !== undefined) {
    try {
      if (!checkpoints) throw new Error('no checkpoint store');
      policy = await checkpoints.load(checkpoint);
      note = `Bundle exported with the weights of checkpoint “${checkpoint}”.`;
    } catch {
      note = `Bundle exported without weights: checkpoint “${checkpoint}” could not be read.`;
    }
  }
  const seed = episode.actor.seed ?? (episode.backend.kind === 'simulated' ? episode.backend.seed : 0);
  const bundle = createBundle({
    workflowFile: toWorkflowFile(workflowAtStep(episode, episode.steps.length)),
    episode,
    seed,
    ...(policy ? { policy } : {}),
  });
  return { text: `${serializeBundle(bundle, { secrets })}\n`, note };
}

/** Offers text as a file download. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
