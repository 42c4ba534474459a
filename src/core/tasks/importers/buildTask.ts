import { createRng } from '../../util/createRng.ts';
import type { Rng } from '../../ports/Rng.ts';
import type { CodeSpec, Task } from '../types.ts';
import { mathDistractors } from './mathDistractors.ts';
import { mathPrograms } from './mathPrograms.ts';
import { mutateCode } from './mutateCode.ts';
import { qaDistractors, type QaDistractorSources } from './qaDistractors.ts';
import type { RecordPosition } from './readRecords.ts';

/** Provenance fields kept on a task. */
export type TaskMeta = Record<string, string | number | boolean>;

/** A difficulty clamped to [0, 1] and rounded to two decimals, so heuristics stay readable in the UI. */
export function clampDifficulty(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** The 0-based position of a record in its file, for ids when the dataset has no id of its own. */
export function recordKey(pos: RecordPosition): number {
  return pos.line !== undefined ? pos.line - 1 : (pos.index ?? 0);
}

/** The seeded stream for one task's wrong candidates: a pure function of the task id (SPEC §3). */
export function taskRng(id: string, purpose: string): Rng {
  return createRng(id).fork(purpose);
}

/** Distinct strings, first occurrence kept. */
export function uniqueStrings(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Non-blank lines of code, a rough size measure for difficulty heuristics. */
export function codeLines(code: string): number {
  return code.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#')).length;
}

/** Fields every math task needs; distractors and programs are derived from the gold answer. */
export interface MathTaskFields {
  id: string;
  source: string;
  question: string;
  gold: string;
  difficulty: number;
  meta: TaskMeta;
  /** Which wrong answers are plausible at all (AIME: integers 0–999). */
  accept?: (candidate: string) => boolean;
}

/** A math task with numeric distractors and `solve()` programs for the gold and each distractor. */
export function buildMathTask(fields: MathTaskFields): Task {
  const rng = taskRng(fields.id, 'distractors');
  const distractors = mathDistractors(
    fields.gold,
    fields.question,
    rng,
    fields.accept ? { accept: fields.accept } : {},
  );
  return {
    id: fields.id,
    source: fields.source,
    type: 'math',
    metric: 'math',
    question: fields.question,
    gold: [fields.gold],
    difficulty: clampDifficulty(fields.difficulty),
    distractors,
    programs: mathPrograms(fields.gold, distractors),
    meta: fields.meta,
  };
}

/** Fields of a code task before its buggy variants are derived. */
export interface CodeTaskFields {
  id: string;
  source: string;
  question: string;
  difficulty: number;
  spec: Omit<CodeSpec, 'buggy'>;
  /** The part of the solution to mutate and how to put it back (HumanEval mutates the body, keeps the prompt). */
  mutable?: { code: string; wrap: (mutant: string) => string };
  meta: TaskMeta;
}

/**
 * A code task whose buggy variants are 2–3 mutants of the reference solution (`mutateCode`); gold is the
 * reference and distractors are the mutants. Mutants are unverified: the caller drops those that pass the tests.
 */
export function buildCodeTask(fields: CodeTaskFields): Task {
  const mutable = fields.mutable ?? { code: fields.spec.solution, wrap: (m: string) => m };
  const buggy =
    mutable.code.trim() === '' ? [] : mutateCode(mutable.code, taskRng(fields.id, 'buggy')).map(mutable.wrap);
  return {
    id: fields.id,
    source: fields.source,
    type: 'code',
    metric: 'code',
    question: fields.question,
    gold: fields.spec.solution.trim() === '' ? [] : [fields.spec.solution],
    difficulty: clampDifficulty(fields.difficulty),
    distractors: buggy,
    code: { ...fields.spec, buggy },
    meta: fields.meta,
  };
}

/** Fields of a QA task; `hints` feed the distractors (passage-free sources, dataset plausible answers). */
export interface QaTaskFields {
  id: string;
  source: string;
  question: string;
  context?: string;
  gold: string[];
  difficulty: number;
  hints?: Omit<QaDistractorSources, 'question'>;
  meta: TaskMeta;
}

/** A QA task (token-F1 metric) whose distractors are other spans of its passage or other answers. */
export function buildQaTask(fields: QaTaskFields): Task {
  const sources: QaDistractorSources = {
    question: fields.question,
    ...fields.hints,
    ...(fields.context !== undefined ? { passage: `${fields.hints?.passage ?? ''}\n${fields.context}` } : {}),
  };
  return {
    id: fields.id,
    source: fields.source,
    type: 'qa',
    metric: 'f1',
    question: fields.question,
    ...(fields.context !== undefined ? { context: fields.context } : {}),
    gold: fields.gold,
    difficulty: clampDifficulty(fields.difficulty),
    distractors: qaDistractors(fields.gold, sources, taskRng(fields.id, 'distractors')),
    meta: fields.meta,
  };
}
