/** The policy module's public surface: policies behind one interface, checkpoints and backend choice. */
export type * from './types.ts';
export { DEFAULT_UPDATE_OPTIONS } from './types.ts';
export { createTfPolicy, createUntrainedPolicy, loadTfPolicy } from './createTfPolicy.ts';
export type { DecisionPath, LoadTfPolicyOptions, TfPolicy, TfPolicyOptions } from './createTfPolicy.ts';
export { DEFAULT_TF_POLICY_CONFIG } from './policyConfig.ts';
export type { TfPolicyConfig } from './policyConfig.ts';
export { createRandomPolicy } from './createRandomPolicy.ts';
export type { RandomPolicyOptions } from './createRandomPolicy.ts';
export { createHeuristicPolicy } from './createHeuristicPolicy.ts';
export type { HeuristicPolicyOptions } from './createHeuristicPolicy.ts';
export { createLlmDirectorPolicy, isSimulatedLlm } from './createLlmDirectorPolicy.ts';
export type { LlmDirectorOptions } from './createLlmDirectorPolicy.ts';
export { encodeObservation } from './encodeObservation.ts';
export { selectTfBackend, TF_BACKEND_ORDER } from './selectTfBackend.ts';
export type { TfBackendName, TfBackendPreferences } from './selectTfBackend.ts';
export type { CheckpointStore } from './CheckpointStore.ts';
export { createMemoryCheckpointStore } from './createMemoryCheckpointStore.ts';
export { fromModelArtifacts, toModelArtifacts } from './modelArtifacts.ts';
