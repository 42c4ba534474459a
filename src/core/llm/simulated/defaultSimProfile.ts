import type { SimProfile, SimTypeParams } from './simProfileSchema.ts';

/*
 * The starting profile of SPEC §3, number by number. Probabilities are per call; skills and bonuses are logits,
 * so a solving call is correct with σ(skill[operator] + planner bonus (+ fix or reflect bonus) − k·δ), δ ∈ [0, 1].
 * With k = 3 and δ uniform, the mean accuracy of a skill s is (softplus(s) − softplus(s − 3)) / 3: s = 1.5 gives
 * 50 %, s = 2.6 gives 66 %, s = 0 gives 17 %.
 */

const math: SimTypeParams = {
  // SPEC table: Custom / AnswerGenerate / Programmer = 1.5 / 1.8 / 2.6 (executing code is the strong math tool).
  // Revise re-solves like Custom; Verify's own independent solution is as good as Custom's; Test's rewrite rounds
  // (which write programs on math) start from Custom's skill and add reflectBonus.
  skill: { Custom: 1.5, AnswerGenerate: 1.8, Programmer: 2.6, Revise: 1.5, Verify: 1.5, Test: 1.5 },
  // SPEC: difficulty weight k = 3 for every type.
  difficultyWeight: 3,
  // SPEC: +0.5 after Plan, +0.3 after Decompose (only the latest planner counts, see simSkill.ts).
  planBonus: { Plan: 0.5, Decompose: 0.3 },
  // Ours: a wrong answer is distractor i with weight 0.5^i, so errors cluster (a majority vote can be wrong).
  wrongAnswerSkew: 0.5,
  // SPEC: Programmer's code raises with 8 % before its own retries (each retry redraws).
  programmerRunError: 0.08,
  // SPEC: Verify catches 70 %, Review 60 % of wrong answers; false alarms on right answers 10 % / 15 %.
  catchRate: { Review: 0.6, Verify: 0.7 },
  falseAlarmRate: { Review: 0.15, Verify: 0.1 },
  // Ours: a checker is surer when its verdict is right, so confidence carries some (noisy) signal.
  confidenceRight: { min: 0.7, max: 0.95 },
  confidenceWrong: { min: 0.5, max: 0.8 },
  // SPEC: after a real catch Revise fixes with σ(skill + 0.5 − kδ); after a false alarm it breaks the answer 20 %.
  fixBonus: 0.5,
  breakAfterFalseAlarm: 0.2,
  // SPEC: Revise with no answer solves like Custom − 1.
  reviseNoInputPenalty: 1,
  // SPEC: each Test reflection round draws a new candidate at skill + 0.5.
  reflectBonus: 0.5,
  // SPEC: 60 % of solver outputs are verbose; ours: a quarter of those hide the answer from a metric's extractor.
  verbose: 0.6,
  verboseUnreadable: 0.25,
  // SPEC: Format makes the answer concise 97 %, garbles it 2 %; the remaining 1 % leaves it verbose.
  formatConcise: 0.97,
  formatGarble: 0.02,
  // Ours: with no majority, ScEnsemble's judge picks a right candidate 60 % (else uniform); Aggregate likewise.
  selectCorrect: 0.6,
  combineCorrect: 0.6,
};

const qa: SimTypeParams = {
  // SPEC table: 1.8 / 2.0 / 0.0 (a program cannot read a passage). Test never gets code on QA: 0.
  skill: { Custom: 1.8, AnswerGenerate: 2.0, Programmer: 0, Revise: 1.8, Verify: 1.8, Test: 0 },
  difficultyWeight: 3,
  // SPEC: a generic plan hurts reading (−0.3); splitting a multi-hop question helps (+0.6).
  planBonus: { Plan: -0.3, Decompose: 0.6 },
  wrongAnswerSkew: 0.5,
  // SPEC "—": printing a span never fails to run.
  programmerRunError: 0,
  // SPEC: Verify 50 % / 10 %, Review 55 % / 15 %.
  catchRate: { Review: 0.55, Verify: 0.5 },
  falseAlarmRate: { Review: 0.15, Verify: 0.1 },
  confidenceRight: { min: 0.7, max: 0.95 },
  confidenceWrong: { min: 0.5, max: 0.8 },
  fixBonus: 0.5,
  breakAfterFalseAlarm: 0.2,
  reviseNoInputPenalty: 1,
  reflectBonus: 0.5,
  // SPEC: 70 % verbose; ours: 30 % of those bury the span in prose (token F1 drops).
  verbose: 0.7,
  verboseUnreadable: 0.3,
  formatConcise: 0.97,
  formatGarble: 0.02,
  selectCorrect: 0.5,
  combineCorrect: 0.5,
};

const code: SimTypeParams = {
  // SPEC table: 1.0 / 0.8 / 2.2. Test's rewrite rounds start from Custom's 1.0 and add reflectBonus.
  skill: { Custom: 1.0, AnswerGenerate: 0.8, Programmer: 2.2, Revise: 1.0, Verify: 1.0, Test: 1.0 },
  difficultyWeight: 3,
  // SPEC: +0.5 after Plan, −0.2 after Decompose.
  planBonus: { Plan: 0.5, Decompose: -0.2 },
  wrongAnswerSkew: 0.5,
  // SPEC: 10 % run errors before Programmer's retries.
  programmerRunError: 0.1,
  // SPEC: Verify 40 % / 10 %, Review 50 % / 15 % (reading code finds fewer bugs than running it).
  catchRate: { Review: 0.5, Verify: 0.4 },
  falseAlarmRate: { Review: 0.15, Verify: 0.1 },
  confidenceRight: { min: 0.7, max: 0.95 },
  confidenceWrong: { min: 0.5, max: 0.8 },
  fixBonus: 0.5,
  breakAfterFalseAlarm: 0.2,
  reviseNoInputPenalty: 1,
  reflectBonus: 0.5,
  // SPEC: 30 % prose around code; ours: a fifth of those end with a usage example block, which a last-block
  // extractor runs instead of the solution.
  verbose: 0.3,
  verboseUnreadable: 0.2,
  formatConcise: 0.97,
  formatGarble: 0.02,
  selectCorrect: 0.5,
  combineCorrect: 0.5,
};

/** The documented starting profile of SPEC §3. */
export const DEFAULT_SIM_PROFILE: SimProfile = {
  name: 'default',
  description: 'The starting profile of SPEC §3: direct answers near a small commercial model.',
  math,
  qa,
  code,
  tokens: {
    // Ours: about four characters per token, as for English with common BPE vocabularies.
    charsPerToken: 4,
    // Ours: tokens a real model writes beyond the short simulated text (reasoning, restating the problem).
    overhead: {
      plan: 40,
      decompose: 40,
      solve: 80,
      answer: 60,
      code: 60,
      reflect: 60,
      review: 40,
      verify: 80,
      revise: 60,
      select: 30,
      combine: 30,
      format: 5,
    },
  },
};
