import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { meanInterval } from '../../core/training/meanInterval.ts';
import type {
  ContenderResult,
  EvaluationEvent,
  EvaluationOutcome,
  EvaluationRequest,
} from '../../workers/evaluation/evaluationTypes.ts';
import { BASELINES, checkpointOption, currentWorkflowOption, selectedSpecs } from './contenderCatalog.ts';
import { createEvaluationSession, etaSeconds, type EvaluationPort } from './createEvaluationSession.ts';

const result: ContenderResult = {
  id: 'direct',
  label: 'Direct answer',
  group: 'baseline',
  kind: 'workflow',
  detail: 'Custom#custom-direct',
  overall: meanInterval([1, 0]),
  perSuite: { 'builtin:math': meanInterval([1, 0]) },
  shortcutRate: 1,
  meanTurns: null,
  tokensPerTask: 80,
  n: 2,
  seconds: 0.1,
};

const request: EvaluationRequest = {
  taskSets: [{ suite: 'builtin:math', limit: 2 }],
  contenders: [BASELINES[0]!.spec],
  seed: 1,
  profile: 'default',
};

/**
 * A port whose evaluation the test drives: it replays the given events, resolves with the outcome once released,
 * then (as comlink may) delivers the `late` events after the outcome.
 */
function scriptedPort(
  events: EvaluationEvent[],
  outcome: EvaluationOutcome | Error,
  late: EvaluationEvent[] = [],
) {
  let cancels = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const port: EvaluationPort = {
    listCheckpoints: () => Promise.resolve(['iter-0002', 'final']),
    async evaluate(_request, listener) {
      for (const e of events) listener(e);
      await gate;
      setTimeout(() => late.forEach(listener), 0);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    cancel: () => void (cancels += 1),
  };
  return { port, release, cancels: () => cancels };
}

describe('createEvaluationSession', () => {
  it('follows the run: progress, rows as contenders finish, then the outcome', async () => {
    const events: EvaluationEvent[] = [
      { type: 'started', total: 2, tasks: 2, contenders: 1 },
      { type: 'contenderStarted', contenderId: 'direct', label: 'Direct answer', index: 0 },
      {
        type: 'taskDone',
        contenderId: 'direct',
        taskId: 'a',
        source: 'builtin:math',
        score: 1,
        done: 1,
        total: 2,
      },
      { type: 'contenderFinished', result },
    ];
    let t = 0;
    const late: EvaluationEvent[] = [
      { type: 'contenderFinished', result },
      {
        type: 'taskDone',
        contenderId: 'direct',
        taskId: 'b',
        source: 'builtin:math',
        score: 0,
        done: 9,
        total: 9,
      },
    ];
    const scripted = scriptedPort(
      events,
      { status: 'done', results: [result], failures: [], seconds: 1.5, done: 2, total: 2 },
      late,
    );
    const session = createEvaluationSession(scripted.port, () => (t += 1000));
    const running = session.getState().run(request);
    const s = session.getState();
    expect(s.phase).toBe('running');
    expect([s.done, s.total, s.current]).toEqual([1, 2, 'Direct answer']);
    expect(s.results).toEqual([result]);
    // One task took 1 s, one is left.
    expect(etaSeconds(s)).toBe(1);
    session.getState().cancel();
    expect(scripted.cancels()).toBe(1);
    scripted.release();
    await running;
    expect(session.getState()).toMatchObject({ phase: 'done', seconds: 1.5, current: null, request });
    // Events that arrive after the outcome change nothing: no duplicate row, no progress past the end.
    await new Promise((r) => setTimeout(r, 5));
    expect(session.getState()).toMatchObject({ results: [result], done: 2, total: 2 });
    session.getState().cancel();
    expect(scripted.cancels()).toBe(1);
  });

  it('shows a failed run with its message, and lists checkpoints', async () => {
    const scripted = scriptedPort([], new Error('Pick at least one task set.'));
    const session = createEvaluationSession(scripted.port);
    scripted.release();
    await session.getState().run(request);
    expect(session.getState()).toMatchObject({ phase: 'failed', error: 'Pick at least one task set.' });
    await session.getState().refreshCheckpoints();
    expect(session.getState().checkpoints).toEqual(['iter-0002', 'final']);
  });
});

describe('contender catalog', () => {
  const registry = createBuiltinRegistry();

  it('every baseline workflow parses, and at least three are the paper’s', () => {
    for (const o of BASELINES.filter((b) => b.spec.kind === 'workflow')) {
      const dsl = o.spec.kind === 'workflow' ? o.spec.dsl : '';
      expect(parseWorkflow(dsl, registry).ok, dsl).toBe(true);
    }
    expect(BASELINES.filter((b) => b.id.startsWith('paper-')).length).toBeGreaterThanOrEqual(3);
    expect(BASELINES.filter((b) => b.spec.kind === 'policy').map((b) => b.id)).toEqual([
      'heuristic',
      'random',
      'untrained',
    ]);
  });

  it('puts the canvas and checkpoints in your group and keeps the listed order', () => {
    const options = [currentWorkflowOption('Custom -> Format'), checkpointOption('final'), ...BASELINES];
    const specs = selectedSpecs(options, new Set(['heuristic', 'checkpoint:final', 'current']));
    expect(specs.map((s) => [s.id, s.group])).toEqual([
      ['current', 'yours'],
      ['checkpoint:final', 'yours'],
      ['heuristic', 'baseline'],
    ]);
    expect(specs[1]).toMatchObject({ kind: 'policy', policy: 'checkpoint:final' });
  });
});
