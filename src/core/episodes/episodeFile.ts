import { episodeSchema } from './episodeSchema.ts';
import { isRecord } from './jsonValue.ts';
import { toRedactedJson } from './redactSecrets.ts';
import type { EpisodeRecord } from './types.ts';
import { workflowAtStep } from './workflowAtStep.ts';

/** The `format` tag of episode files. */
export const EPISODE_FILE_FORMAT = 'flowsteer-episode';
/** The version this app reads and writes. */
export const EPISODE_FILE_VERSION = 1;

/** The result of reading an episode file: the episode, or one message that names what is wrong. */
export type ParseEpisodeResult = { ok: true; episode: EpisodeRecord } | { ok: false; error: string };

/** `steps[3].outcome.code` from a zod issue path; `prefix` places it inside an enclosing file. */
export const pathText = (path: readonly PropertyKey[], prefix = ''): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    prefix,
  ) || '(file)';

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );

/** One schema issue of `root` as `path: what is wrong`, saying "missing" for an absent field. */
export function issueText(
  issue: { path: readonly PropertyKey[]; message: string },
  root: unknown,
  prefix = '',
): string {
  const expected = /^Invalid input: expected (.+), received undefined$/.exec(issue.message)?.[1];
  const missing = issue.path.length > 0 && valueAt(root, issue.path) === undefined;
  const message = missing ? `missing${expected ? ` (expected ${expected})` : ''}` : issue.message;
  return `${pathText(issue.path, prefix)}: ${message}`;
}

/** Parses JSON text, with a message that says where it broke. */
export function readJson(
  text: string,
  what: string,
): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This ${what} is not valid JSON (it may be cut short): ${detail}` };
  }
}

/**
 * Checks parsed data as an episode (format, version, schema, and that its diffs replay from its initial
 * workflow); `prefix` names where it sits inside a bundle. Never throws.
 */
export function checkEpisodeData(data: unknown, prefix = ''): ParseEpisodeResult {
  const at = (field: string): string => (prefix ? `${prefix}.${field}` : field);
  if (!isRecord(data)) {
    return {
      ok: false,
      error: `${prefix || '(file)'}: expected a JSON object with format "${EPISODE_FILE_FORMAT}".`,
    };
  }
  if (data['format'] !== EPISODE_FILE_FORMAT) {
    const got = JSON.stringify(data['format']) ?? 'nothing';
    const hint = data['format'] === 'flowsteer-bundle' ? ' This is a bundle: open it as a bundle.' : '';
    return { ok: false, error: `${at('format')}: expected "${EPISODE_FILE_FORMAT}", got ${got}.${hint}` };
  }
  const version = data['version'];
  if (typeof version === 'number' && version > EPISODE_FILE_VERSION) {
    return {
      ok: false,
      error:
        `${at('version')}: this episode was written in version ${version}; this FlowSteer Studio reads version ` +
        `${EPISODE_FILE_VERSION}. Update the app to open it.`,
    };
  }
  const parsed = episodeSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => issueText(i, data, prefix));
    return { ok: false, error: `This is not a valid episode file. ${issues.join('; ')}` };
  }
  const episode = parsed.data;
  const base = episode.forkOf?.atStep ?? 0;
  if (base > episode.steps.length) {
    return {
      ok: false,
      error: `${at('forkOf.atStep')}: the fork keeps ${base} steps but the file holds ${episode.steps.length}.`,
    };
  }
  try {
    workflowAtStep(episode, 0);
    workflowAtStep(episode, episode.steps.length);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${at('steps')}: the step diffs do not fit the initial workflow (${detail})` };
  }
  return { ok: true, episode };
}

/** Reads an episode file: bad JSON, another format, a newer version or a schema error give a clear message. */
export function parseEpisodeFile(text: string): ParseEpisodeResult {
  const json = readJson(text, 'episode file');
  return json.ok ? checkEpisodeData(json.data) : json;
}

/** Options of the serialisers: strings to redact wherever they occur (a key the user typed, say). */
export interface SerializeOptions {
  secrets?: string[];
}

/**
 * Writes an episode as pretty JSON, dropping any property named apiKey, authorization, headers or key at any
 * depth and replacing every occurrence of each given secret with `[redacted]`.
 */
export function serializeEpisode(episode: EpisodeRecord, options: SerializeOptions = {}): string {
  return toRedactedJson(episode, options.secrets ?? []);
}
