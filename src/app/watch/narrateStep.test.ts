import { describe, expect, it } from 'vitest';
import type { CanvasFeedback } from '../../core/canvas/buildFeedback.ts';
import type { EpisodeStep } from '../../core/episodes/types.ts';
import { narrateStep, shortAnswer } from './narrateStep.ts';
import { latencyScale, stepDelayMs } from './watchSpeeds.ts';

const feedback: CanvasFeedback = {
  status: 'succeeded',
  errorCode: null,
  message: 'The workflow ran.',
  perNode: {},
  finalOutput: '42',
  signals: {
    answerPresent: true,
    answerConcise: true,
    verdict: null,
    confidence: null,
    testPassRatio: null,
    agreement: null,
    errorType: null,
  },
};

const run = (status: 'succeeded' | 'failed' | 'aborted', answer: string | null): EpisodeStep['run'] => ({
  runId: 'r',
  status,
  answer,
  signals: {},
  tokens: { prompt: 1, completion: 1 },
  costUsd: 0,
  durationMs: 1,
  llmCalls: 1,
  sandboxCalls: 0,
});

const step = (fields: Partial<EpisodeStep>): EpisodeStep => ({
  turn: 3,
  action: { type: 'addOperator', operator: 'Programmer', prompt: { kind: 'template', id: 'code' } },
  actor: { kind: 'policy', name: 'heuristic' },
  outcome: { ok: true },
  diff: [],
  feedback,
  run: run('succeeded', '42'),
  done: false,
  correctness: null,
  reward: null,
  finishReason: null,
  ms: 1,
  ...fields,
});

describe('narrateStep', () => {
  it.each([
    [step({}), 'Turn 3: add Programmer with template “code” — ran, answer 42'],
    [step({ run: run('succeeded', null) }), 'Turn 3: add Programmer with template “code” — ran, no answer'],
    [
      step({ run: run('failed', '7') }),
      'Turn 3: add Programmer with template “code” — ran with errors, answer 7',
    ],
    [
      step({ run: run('aborted', null) }),
      'Turn 3: add Programmer with template “code” — stopped before the run ended',
    ],
    [
      step({ outcome: { ok: false, code: 'E_CANVAS_FULL', message: 'full' }, run: null }),
      'Turn 3: add Programmer with template “code” — refused (E_CANVAS_FULL)',
    ],
  ])('narrates an edit: %#', (s, text) => {
    expect(narrateStep(s)).toBe(text);
  });

  it('ends with the correctness and reward on the final step', () => {
    const reward = {
      checker: 0.2,
      format: 0.2,
      size: 0.2,
      structure: 0.4,
      rDiv: 1,
      theta: 1,
      released: true,
      correctness: 1,
      costPenalty: 0,
      total: 1,
    };
    expect(
      narrateStep(
        step({
          turn: 9,
          action: { type: 'finish' },
          done: true,
          correctness: 1,
          reward,
          finishReason: 'finish',
        }),
      ),
    ).toBe('Turn 9: finish the workflow — finished. Episode over, correctness 1.00, reward 1.00.');
    expect(
      narrateStep(step({ turn: 12, done: true, correctness: 0, reward, finishReason: 'maxTurns' })),
    ).toMatch(/ran, answer 42\. Turn limit reached, correctness 0\.00, reward 1\.00\.$/);
  });

  it('shortens long or multi-line answers to one line', () => {
    expect(shortAnswer('  a\n b  ')).toBe('a b');
    expect(shortAnswer('x'.repeat(100))).toHaveLength(40);
  });
});

describe('watch speeds', () => {
  it.each([
    ['0.5', 2400, 2],
    ['1', 1200, 1],
    ['2', 600, 0.5],
    ['4', 300, 0.25],
    ['instant', 0, 0],
  ] as const)('%s× waits %i ms between steps and scales latency by %d', (speed, delay, scale) => {
    expect(stepDelayMs(speed)).toBe(delay);
    expect(latencyScale(speed)).toBe(scale);
  });
});
