/** The episode recorder, player and files: record, step through, fork, replay, save and load episodes. */
export type {
  DiffOp,
  EpisodeActor,
  EpisodeBackend,
  EpisodeBundle,
  EpisodeRecord,
  EpisodeStep,
  WorkflowDiff,
} from './types.ts';
export { diffWorkflow } from './diffWorkflow.ts';
export { applyDiff, DiffMismatchError, revertDiff } from './applyDiff.ts';
export { baseStepOf, turnAtStep, workflowAtStep } from './workflowAtStep.ts';
export { createEpisodeSession, summarizeRun } from './createEpisodeSession.ts';
export type { EpisodeSession, EpisodeSessionOptions, EpisodeStepMeta } from './episodeSessionTypes.ts';
export { forkEpisode } from './forkEpisode.ts';
export type { ForkEpisodeOptions } from './forkEpisode.ts';
export { recordActions } from './recordActions.ts';
export { backendIdOf, replayEpisode } from './replayEpisode.ts';
export type { ReplayDeps, ReplayReport } from './replayEpisode.ts';
export {
  EPISODE_FILE_FORMAT,
  EPISODE_FILE_VERSION,
  checkEpisodeData,
  parseEpisodeFile,
  serializeEpisode,
} from './episodeFile.ts';
export type { ParseEpisodeResult, SerializeOptions } from './episodeFile.ts';
export { episodeSchema } from './episodeSchema.ts';
export {
  BUNDLE_FILE_FORMAT,
  BUNDLE_FILE_VERSION,
  createBundle,
  parseBundleFile,
  serializeBundle,
} from './bundleFile.ts';
export type { CreateBundleOptions, ParseBundleResult } from './bundleFile.ts';
export { REDACTED, SECRET_PROPERTY_NAMES, redactSecrets } from './redactSecrets.ts';
