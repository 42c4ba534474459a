import { DEFAULT_ACTION_RULES, type CanvasAction } from '../../core/actions/types.ts';
import type { CanvasFeedback } from '../../core/canvas/buildFeedback.ts';
import type { EpisodeRecord, EpisodeStep } from '../../core/episodes/types.ts';
import { emptyWorkflow } from '../../core/graph/types.ts';
import { computeReward } from '../../core/rewards/computeReward.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';

const SIGNALS: CanvasFeedback['signals'] = {
  answerPresent: true,
  answerConcise: true,
  verdict: null,
  confidence: null,
  testPassRatio: null,
  agreement: null,
  errorType: null,
};

/** A step as the player reads it (no diff: tests that need workflows pass their own `workflowAt`). */
export function fakeStep(
  turn: number,
  action: CanvasAction,
  status: CanvasFeedback['status'],
  extra: Partial<EpisodeStep> = {},
): EpisodeStep {
  return {
    turn,
    action,
    actor: { kind: 'policy', name: 'heuristic' },
    outcome: status === 'refused' ? { ok: false, code: 'E_ILLEGAL_ACTION', message: 'No.' } : { ok: true },
    diff: [],
    feedback: {
      status,
      errorCode: null,
      message: `Step ${turn}: ${status}.`,
      perNode: {},
      finalOutput: '42',
      signals: SIGNALS,
    },
    run: null,
    done: false,
    correctness: null,
    reward: null,
    finishReason: null,
    ms: 1,
    ...extra,
  };
}

/** A small synthetic episode: adds, one refusal, and an accepted finish with its reward on the last step. */
export function fakeEpisode(registry: OperatorRegistry, id = 'ep-1'): EpisodeRecord {
  const reward = computeReward(emptyWorkflow(), 1, registry);
  return {
    format: 'flowsteer-episode',
    version: 1,
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    task: {
      id: 'math-1',
      source: 'builtin:math',
      type: 'math',
      metric: 'math',
      question: 'What is 6 × 7?',
      gold: ['42'],
      difficulty: 0.2,
      distractors: ['41', '48'],
    },
    actor: { kind: 'policy', name: 'heuristic', seed: 1 },
    backend: { kind: 'simulated', profile: 'default', seed: 'math-1' },
    rules: DEFAULT_ACTION_RULES,
    maxTurns: 12,
    initialWorkflow: emptyWorkflow(),
    steps: [
      fakeStep(1, { type: 'addOperator', operator: 'Plan' }, 'succeeded'),
      fakeStep(2, { type: 'finish' }, 'refused'),
      fakeStep(3, { type: 'addOperator', operator: 'Custom' }, 'succeeded'),
      fakeStep(4, { type: 'finish' }, 'finished', {
        done: true,
        correctness: 1,
        reward,
        finishReason: 'finish',
      }),
    ],
    responses: {},
  };
}
