import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';
import type { ErrorCode } from '../errors.ts';
import { toNodeId } from '../graph/types.ts';
import { workflowSchema } from '../graph/workflowFile.ts';
import { TASK_TYPES } from '../tasks/types.ts';
import type { EpisodeRecord } from './types.ts';

const nodeId = z.string().transform(toNodeId);
const count = z.number().int().nonnegative();
const position = z.number().int().nonnegative().exactOptional();
const errorCode = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);
const promptRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), id: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);

const codeSpec = z.object({
  format: z.enum(['asserts', 'humaneval', 'stdio', 'call', 'ds1000']),
  entryPoint: z.string().exactOptional(),
  setup: z.string().exactOptional(),
  publicTests: z.array(z.string()),
  hiddenTests: z.array(z.string()),
  io: z
    .object({
      inputs: z.array(z.unknown()),
      outputs: z.array(z.unknown()),
      fnName: z.string().exactOptional(),
      publicCount: count.exactOptional(),
    })
    .exactOptional(),
  solution: z.string(),
  buggy: z.array(z.string()),
  starter: z.string().exactOptional(),
});

/** A task snapshot as an episode file holds it. */
export const taskSchema = z.object({
  id: z.string(),
  source: z.string(),
  type: z.enum(TASK_TYPES),
  metric: z.enum(['math', 'f1', 'code', 'mc']),
  question: z.string(),
  context: z.string().exactOptional(),
  gold: z.array(z.string()),
  difficulty: z.number(),
  distractors: z.array(z.string()),
  choices: z.array(z.string()).exactOptional(),
  code: codeSpec.exactOptional(),
  programs: z.object({ correct: z.string(), wrong: z.array(z.string()) }).exactOptional(),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).exactOptional(),
});

const names = z.array(z.string());
/** One canvas action (SPEC §1). */
export const actionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('addOperator'),
    operator: z.string(),
    position,
    prompt: promptRef.exactOptional(),
  }),
  z.object({ type: z.literal('addParallel'), operators: names, position }),
  z.object({
    type: z.literal('addConditional'),
    checker: z.string(),
    fix: z.string(),
    otherwise: z.string().nullable(),
    position,
  }),
  z.object({ type: z.literal('addLoop'), operators: names, count: z.number(), position }),
  z.object({ type: z.literal('deleteNode'), target: nodeId }),
  z.object({ type: z.literal('modifyOperator'), target: nodeId, operator: z.string() }),
  z.object({ type: z.literal('setPrompt'), target: nodeId, prompt: promptRef }),
  z.object({ type: z.literal('finish') }),
]);

const errorType = z.enum([
  'syntax',
  'runtime',
  'timeout',
  'memory',
  'aborted',
  'unavailable',
  'llm',
  'input',
]);
const operatorSignals = z.object({
  verdict: z.enum(['pass', 'fail']).exactOptional(),
  confidence: z.number().exactOptional(),
  testPassRatio: z.number().exactOptional(),
  agreement: z.number().exactOptional(),
  errorType: errorType.exactOptional(),
});
const tokens = z.object({ prompt: count, completion: count });

const feedback = z.object({
  status: z.enum(['succeeded', 'failed', 'aborted', 'refused', 'finished']),
  errorCode: errorCode.nullable(),
  message: z.string(),
  perNode: z.record(nodeId, z.enum(['succeeded', 'failed', 'skipped', 'aborted'])),
  finalOutput: z.string(),
  signals: z.object({
    answerPresent: z.boolean(),
    answerConcise: z.boolean(),
    verdict: z.enum(['pass', 'fail']).nullable(),
    confidence: z.number().nullable(),
    testPassRatio: z.number().nullable(),
    agreement: z.number().nullable(),
    errorType: errorType.nullable(),
  }),
});

const runSummary = z.object({
  runId: z.string(),
  status: z.enum(['succeeded', 'failed', 'aborted']),
  answer: z.string().nullable(),
  signals: operatorSignals,
  tokens,
  costUsd: z.number(),
  durationMs: z.number(),
  llmCalls: count,
  sandboxCalls: count,
});

const reward = z.object({
  checker: z.number(),
  format: z.number(),
  size: z.number(),
  structure: z.number(),
  rDiv: z.number(),
  theta: z.number(),
  released: z.boolean(),
  correctness: z.number(),
  costPenalty: z.number(),
  total: z.number(),
});

const actor = z.object({
  kind: z.enum(['policy', 'human']),
  name: z.string(),
  checkpoint: z.string().exactOptional(),
  seed: z.union([z.number(), z.string()]).exactOptional(),
});

const step = z.object({
  turn: z.number().int().positive(),
  action: actionSchema,
  actor,
  topActions: z.array(z.object({ action: actionSchema, probability: z.number() })).exactOptional(),
  outcome: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), code: errorCode, message: z.string() }),
  ]),
  diff: z.array(
    z.object({
      path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
      before: z.unknown().exactOptional(),
      after: z.unknown().exactOptional(),
    }),
  ),
  feedback,
  run: runSummary.nullable(),
  done: z.boolean(),
  correctness: z.number().nullable(),
  reward: reward.nullable(),
  finishReason: z.enum(['finish', 'maxTurns']).nullable(),
  ms: z.number().nonnegative(),
});

/** One recorded backend answer (usage without any request or header). */
export const replayEntrySchema = z.object({
  backendId: z.string(),
  text: z.string(),
  usage: z.object({ promptTokens: count, completionTokens: count, estimated: z.boolean().exactOptional() }),
  model: z.string(),
  costUsd: z.number().nonnegative(),
});

/** The schema of a version-1 episode file; unknown properties are dropped. */
export const episodeSchema = z.object({
  format: z.literal('flowsteer-episode'),
  version: z.literal(1),
  id: z.string().min(1),
  createdAt: z.string(),
  task: taskSchema,
  actor,
  backend: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('simulated'), profile: z.string(), seed: z.string() }),
    z.object({ kind: z.literal('openai'), baseUrl: z.string(), model: z.string() }),
  ]),
  rules: z.object({ finishRule: z.boolean(), maxNodes: count, maxOperators: count }),
  maxTurns: z.number().int().positive(),
  initialWorkflow: workflowSchema,
  steps: z.array(step),
  responses: z.record(z.string(), replayEntrySchema),
  forkOf: z.object({ episodeId: z.string(), atStep: count }).exactOptional(),
  reward: z
    .object({
      theta: z.number().exactOptional(),
      thetaSchedule: z.object({ start: z.number(), end: z.number(), iterations: z.number() }).exactOptional(),
      iteration: z.number().exactOptional(),
      costLambda: z.number().exactOptional(),
      tokens: z.number().exactOptional(),
    })
    .exactOptional(),
});

// Compile-time proof that what the schema accepts is an EpisodeRecord.
const _schemaMatchesRecord = (e: z.output<typeof episodeSchema>): EpisodeRecord => e;
