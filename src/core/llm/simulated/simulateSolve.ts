import { assertNever } from '../../util/assertNever.ts';
import { printCodeBlock, printThoughtAnswer } from '../../operators/protocol.ts';
import { drawCandidate, drawWrong } from './drawCandidate.ts';
import type { DrawSpec } from './drawCandidate.ts';
import type { SimCandidate } from './simCandidates.ts';
import type { SimCall } from './simCall.ts';
import { injectRunError, programFor } from './simCode.ts';
import { skillFor } from './simSkill.ts';
import { drawAnswerStyle, renderAnswer, renderProgram, renderThought } from './simText.ts';

/** The purposes whose reply is a (new) answer drawn from the solving model. */
export type SolvingPurpose = 'solve' | 'answer' | 'code' | 'reflect' | 'revise';

const spec = (call: SimCall, logit: number, mode: DrawSpec['mode']): DrawSpec => ({
  rng: call.rng,
  task: call.task,
  params: call.params,
  candidates: call.candidates,
  logit,
  input: call.input,
  mode,
});

/**
 * Revise (SPEC §3): after a real catch it fixes with σ(skill + fixBonus − kδ) and otherwise gives another wrong
 * answer; after a false alarm it breaks the right answer with `breakAfterFalseAlarm`; with no answer it solves at
 * skill − reviseNoInputPenalty; with no feedback (or "nothing to check") it re-solves at its skill, keeping a wrong
 * input when the new attempt is wrong too.
 */
function reviseOutcome(call: SimCall, skill: number): SimCandidate {
  const p = call.params;
  if (call.inputText === null)
    return drawCandidate(spec(call, skill - p.reviseNoInputPenalty + call.bonus, 'fresh'));
  switch (call.feedbackKind) {
    case 'catch':
      return drawCandidate(spec(call, skill + p.fixBonus + call.bonus, 'avoidInput'));
    case 'falseAlarm': {
      const kept = call.input;
      const broken = kept === null || call.rng.fork('break').next() < p.breakAfterFalseAlarm;
      return broken ? drawWrong(call.rng, p, call.candidates) : kept;
    }
    case 'none':
    case 'nothingToCheck':
      return drawCandidate(spec(call, skill + call.bonus, 'fresh'));
    default:
      return assertNever(call.feedbackKind, 'feedback kind');
  }
}

/**
 * The outcome of a solving call. Solvers other than Revise draw at their skill plus the planner bonus; a fix that
 * follows a real catch adds fixBonus and avoids the rejected answer (a Programmer retry after its own run error
 * does not count as one); a Test rewrite round adds reflectBonus.
 */
export function solveOutcome(call: SimCall, purpose: SolvingPurpose): SimCandidate {
  const skill = skillFor(call.params, call.request.operator, purpose);
  if (purpose === 'revise') return reviseOutcome(call, skill);
  // A Programmer retry reads the error of its own failed run, not a checker's catch: no fix bonus.
  const ownRetry = purpose === 'code' && call.request.hints.attempt > 0;
  const caught = call.feedbackKind === 'catch' && !ownRetry;
  const extra = purpose === 'reflect' ? call.params.reflectBonus : caught ? call.params.fixBonus : 0;
  return drawCandidate(spec(call, skill + extra + call.bonus, caught ? 'avoidInput' : 'fresh'));
}

/** The reply text of a solving call, in the format its operator parses. */
export function simulateSolve(call: SimCall, purpose: SolvingPurpose): string {
  const { task, params, rng } = call;
  const outcome = solveOutcome(call, purpose);
  const textRng = rng.fork('text');
  switch (purpose) {
    case 'code':
    case 'reflect': {
      let program = programFor(task, outcome);
      // Only Programmer's own runs slip (SPEC: run errors before its retries); each retry is a new attempt.
      if (purpose === 'code' && rng.fork('runError').next() < params.programmerRunError) {
        program = injectRunError(program, rng);
      }
      return renderProgram(program, rng.fork('verbose').next() < params.verbose, textRng);
    }
    case 'answer':
      // AnswerGenerate's structure is its strength: the ANSWER line is always the bare span. Code cannot sit on
      // one line, so code tasks get the reasoning and a fenced block.
      if (task.type === 'code')
        return `THOUGHT: ${renderThought(task, textRng)}\n${printCodeBlock(outcome.text)}`;
      return printThoughtAnswer(renderThought(task, textRng), outcome.text);
    case 'solve':
    case 'revise':
      return renderAnswer(task, outcome.text, drawAnswerStyle(rng, params), textRng);
    default:
      return assertNever(purpose, 'solving purpose');
  }
}
