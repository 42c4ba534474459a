/** The simulated LLM backend (SPEC §3): the client factory, its profiles and their description. */
export { createSimulatedLlm } from './createSimulatedLlm.ts';
export type { SimulatedLlmOptions } from './createSimulatedLlm.ts';
export { DEFAULT_SIM_PROFILE } from './defaultSimProfile.ts';
export { SIM_PROFILES, SIM_PROFILE_NAMES, getSimProfile } from './simProfiles.ts';
export { simProfileSchema, simTypeParamsSchema, parseSimProfile } from './simProfileSchema.ts';
export type { SimProfile, SimTypeParams, SimTypeKey } from './simProfileSchema.ts';
export { describeProfile } from './describeProfile.ts';
export { NOTHING_TO_CHECK, isNothingToCheck } from './simCall.ts';
export { identifyAnswer, taskCandidates } from './simCandidates.ts';
export type { SimCandidate, TaskCandidates } from './simCandidates.ts';
