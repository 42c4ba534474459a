import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, clip, failResult } from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { CODE_FORMAT } from '../../src/core/operators/responseFormats.ts';
import type {
  CheckResult,
  OperatorDefinition,
  OperatorResult,
  OperatorSignals,
  StageState,
} from '../../src/core/operators/types.ts';
import { evaluateCode, type Evaluation, type RunCodeTests } from './evaluateCode.ts';
import { TEST_TEMPLATES } from './prompts.ts';

const TYPE = 'Test';
/** Reflect-and-rewrite rounds after a failing run (SPEC §2: up to 3). */
const MAX_ROUNDS = 3;

interface Candidate {
  code: string;
  evaluation: Evaluation;
  round: number;
}

const fence = (code: string): string => '```python\n' + code.trimEnd() + '\n```';

/** The code under test: the stage's code, or on a code task the code inside the answer. */
function codeOf(state: StageState, isCodeTask: boolean): string | null {
  if (state.code !== null && state.code.trim() !== '') return state.code;
  return isCodeTask && state.answer !== null ? extractCodeBlock(state.answer) : null;
}

function toCheck(e: Evaluation): CheckResult {
  return {
    checker: TYPE,
    passed: e.allPassed,
    // Running without tests is weak evidence, so it earns half confidence at most.
    confidence: e.ratio ?? (e.allPassed ? 0.5 : 0),
    feedback: e.feedback,
    suggested: null,
    testPassRatio: e.ratio,
  };
}

function summarise(best: Candidate, rounds: number): string {
  const e = best.evaluation;
  let outcome = `${e.passed}/${e.total} public tests pass`;
  if (e.ratio === null) outcome = e.allPassed ? 'code runs (no public tests)' : 'code does not run';
  let repair = '';
  if (best.round > 0) repair = ` — repaired in round ${best.round}`;
  else if (rounds > 0) repair = ` after ${rounds} reflection rounds`;
  // The first failure line says more than the "Passed k of n" header.
  const why = e.allPassed ? '' : ` — ${clip(e.feedback.split('\n')[1] ?? e.feedback, 60)}`;
  return `${TYPE}: ${outcome}${repair}${why}`;
}

/** Builds the Test operator around a test runner, so tests can inject one. */
export function createTestOperator(runTests: RunCodeTests): OperatorDefinition {
  return defineOperator({
    type: TYPE,
    summary: "Runs the code on the task's public tests; on failure reflects and rewrites up to 3 times.",
    descriptor: operatorDescriptor({
      category: 'verification',
      costClass: 'high',
      inputKinds: ['code'],
      outputKind: 'code',
      isChecker: true,
      runsTests: true,
      needsSandbox: true,
    }),
    templates: TEST_TEMPLATES,
    async run(ctx): Promise<OperatorResult> {
      const { input, task } = ctx;
      const isCodeTask = task.type === 'code';
      const original = codeOf(input, isCodeTask);
      if (original === null) {
        const check: CheckResult = {
          checker: TYPE,
          passed: false,
          confidence: 0,
          feedback: 'nothing to test',
          suggested: null,
          testPassRatio: null,
        };
        return failResult(
          input,
          `${TYPE}: nothing to test (no code)`,
          'input',
          { ...input, check },
          { verdict: 'fail' },
        );
      }
      let current: Candidate = {
        code: original,
        evaluation: await evaluateCode(ctx, runTests, original),
        round: 0,
      };
      let best = current;
      let rounds = 0;
      if (current.evaluation.errorType === 'unavailable') {
        const output = { ...input, check: toCheck(current.evaluation) };
        return failResult(input, `${TYPE}: ${current.evaluation.feedback}`, 'unavailable', output, {
          verdict: 'fail',
        });
      }
      for (let round = 1; round <= MAX_ROUNDS && !best.evaluation.allPassed; round++) {
        rounds = round;
        const messages = buildMessages(ctx, CODE_FORMAT, [
          ['Current code', fence(current.code)],
          ['Test results', current.evaluation.feedback],
        ]);
        const reply = await ctx.llm({
          purpose: 'reflect',
          messages,
          attempt: round,
          inputAnswer: current.code,
          feedback: current.evaluation.feedback,
        });
        const code = extractCodeBlock(reply.text);
        if (code === null) continue;
        current = { code, evaluation: await evaluateCode(ctx, runTests, code), round };
        // Ties go to the later candidate: it has seen more feedback.
        if (current.evaluation.passed >= best.evaluation.passed) best = current;
      }
      const e = best.evaluation;
      const replaced = best.round > 0;
      const answer = isCodeTask
        ? replaced
          ? best.code
          : (input.answer ?? best.code)
        : replaced
          ? (e.printed ?? input.answer)
          : input.answer;
      const check = toCheck(e);
      const signals: OperatorSignals = {
        verdict: e.allPassed ? 'pass' : 'fail',
        confidence: check.confidence,
      };
      if (e.ratio !== null) signals.testPassRatio = e.ratio;
      if (e.errorType !== null) signals.errorType = e.errorType;
      return {
        output: { ...input, code: best.code, answer, check, formatted: replaced ? false : input.formatted },
        summary: summarise(best, rounds),
        signals,
      };
    },
  });
}
