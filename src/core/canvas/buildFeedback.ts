import type { ActionOutcome } from '../actions/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { NodeId } from '../graph/types.ts';
import type { OperatorSignals } from '../operators/types.ts';
import type { NodeRunStatus, RunResult } from './types.ts';

/** Longest final output shown in the feedback. */
export const FEEDBACK_OUTPUT_CHARS = 300;
/** Longest answer that still counts as concise (SPEC §1). */
export const CONCISE_ANSWER_CHARS = 50;

/** The execution signals of SPEC §1's transition, null where the run did not report one. */
export interface FeedbackSignals {
  answerPresent: boolean;
  answerConcise: boolean;
  verdict: 'pass' | 'fail' | null;
  confidence: number | null;
  testPassRatio: number | null;
  agreement: number | null;
  errorType: NonNullable<OperatorSignals['errorType']> | null;
}

/** What the policy reads after each turn. */
export interface CanvasFeedback {
  /** The run's status after an edit, `refused` for an illegal action, `finished` for an accepted finish. */
  status: RunResult['status'] | 'refused' | 'finished';
  /** The refused action's code, else the first node error of the run. */
  errorCode: ErrorCode | null;
  message: string;
  perNode: Record<NodeId, NodeRunStatus>;
  /** The final answer, cut to {@link FEEDBACK_OUTPUT_CHARS}. */
  finalOutput: string;
  signals: FeedbackSignals;
}

/** Concise: at most 50 characters, one line, and no "Step"/"Because" reasoning words. */
export function isConciseAnswer(answer: string): boolean {
  const text = answer.trim();
  return text.length <= CONCISE_ANSWER_CHARS && !/[\r\n]/.test(text) && !/\b(step|because)\b/i.test(text);
}

/** Cuts text to `max` characters, marking the cut. */
export function truncateText(text: string, max = FEEDBACK_OUTPUT_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The signals of a run (all null before any run). */
export function feedbackSignals(run: RunResult | null): FeedbackSignals {
  const answer = run?.answer ?? null;
  const s = run?.signals ?? {};
  const check = run?.finalState.check ?? null;
  return {
    answerPresent: answer !== null && answer.trim() !== '',
    answerConcise: answer !== null && answer.trim() !== '' && isConciseAnswer(answer),
    verdict: s.verdict ?? (check ? (check.passed ? 'pass' : 'fail') : null),
    confidence: s.confidence ?? check?.confidence ?? null,
    testPassRatio: s.testPassRatio ?? check?.testPassRatio ?? null,
    agreement: s.agreement ?? null,
    errorType: s.errorType ?? null,
  };
}

function describeRun(run: RunResult): string {
  const entries = Object.entries(run.nodes) as Array<[NodeId, RunResult['nodes'][NodeId]]>;
  const failed = entries.filter(([, n]) => n.status === 'failed');
  const head =
    run.status === 'aborted'
      ? 'The run was stopped.'
      : run.status === 'failed'
        ? 'The workflow produced no answer.'
        : 'The workflow ran.';
  const failures = failed.map(
    ([id, n]) => `${id} failed (${n.error?.code ?? 'E_OPERATOR_FAILED'}): ${n.summary}`,
  );
  return [head, ...failures].join(' ');
}

/** Feedback for a turn: the latest run's facts, with the action's refusal or the finish on top. */
export function buildFeedback(
  run: RunResult | null,
  outcome: ActionOutcome,
  finished = false,
): CanvasFeedback {
  const perNode = {} as Record<NodeId, NodeRunStatus>;
  for (const [id, node] of Object.entries(run?.nodes ?? {})) perNode[id as NodeId] = node.status;
  const base = {
    perNode,
    finalOutput: truncateText(run?.answer ?? ''),
    signals: feedbackSignals(run),
  };
  if (!outcome.ok) return { ...base, status: 'refused', errorCode: outcome.code, message: outcome.message };
  if (finished)
    return { ...base, status: 'finished', errorCode: null, message: 'The workflow was accepted.' };
  if (!run) return { ...base, status: 'failed', errorCode: null, message: 'Nothing has run yet.' };
  return { ...base, status: run.status, errorCode: run.error?.code ?? null, message: describeRun(run) };
}
