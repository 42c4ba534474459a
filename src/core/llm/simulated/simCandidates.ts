import type { Task } from '../../tasks/types.ts';
import { answerTokenValues, answerTokens, codeKey, findSpan, parseSimpleNumber } from './simNormalize.ts';
import type { AnswerToken } from './simNormalize.ts';

/** One answer the simulated model can give: the correct one or wrong candidate `wrongIndex`. */
export interface SimCandidate {
  text: string;
  correct: boolean;
  /** Index into {@link TaskCandidates.wrong}; −1 for a correct answer. */
  wrongIndex: number;
}

/** The answers the simulated model chooses from for a task (code tasks: reference and buggy code). */
export interface TaskCandidates {
  /** The canonical correct answer (first gold, or the reference solution). */
  correct: string;
  /** Every accepted answer. */
  gold: string[];
  /** The 2–3 wrong answers (distractors, buggy variants), so wrong samples are correlated. */
  wrong: string[];
}

/** A buggy variant for code tasks that ship none: the entry point is redefined to return nothing. */
function brokenVariant(solution: string, entryPoint: string | undefined): string {
  const name = entryPoint ?? /^\s*def\s+([A-Za-z_]\w*)/m.exec(solution)?.[1];
  if (name === undefined) return `${solution.trimEnd()}\nraise NotImplementedError("unfinished")\n`;
  return `${solution.trimEnd()}\n\n\ndef ${name}(*args, **kwargs):\n    return None\n`;
}

/** Wrong answers for tasks that ship no distractors: numeric perturbations, else stock non-answers. */
function fallbackWrong(correct: string): string[] {
  const n = parseSimpleNumber(correct);
  if (n !== null) return [String(n + 1), String(n * 2 === n ? n - 1 : n * 2)];
  return ['unknown', 'none of the above'];
}

// Tasks are immutable values, so what is derived from them is computed once per task object.
const candidatesCache = new WeakMap<Task, TaskCandidates>();

/** The candidate answers of a task, with fallbacks so any imported task can be simulated. */
export function taskCandidates(task: Task): TaskCandidates {
  const cached = candidatesCache.get(task);
  if (cached) return cached;
  const computed = computeCandidates(task);
  candidatesCache.set(task, computed);
  return computed;
}

function computeCandidates(task: Task): TaskCandidates {
  if (task.type === 'code') {
    const solution = task.code?.solution ?? task.gold[0] ?? 'def solve():\n    return None\n';
    const buggy = task.code?.buggy.filter((b) => b.trim() !== '') ?? [];
    return {
      correct: solution,
      gold: [solution],
      wrong: buggy.length > 0 ? buggy : [brokenVariant(solution, task.code?.entryPoint)],
    };
  }
  const correct = task.gold[0] ?? 'unknown';
  const gold = task.gold.length > 0 ? task.gold : [correct];
  const goldKeys = new Set(gold.map((g) => answerTokens(g, task.type).join(' ')));
  const distractors = task.distractors.filter(
    (d) => d.trim() !== '' && !goldKeys.has(answerTokens(d, task.type).join(' ')),
  );
  return { correct, gold, wrong: distractors.length > 0 ? distractors : fallbackWrong(correct) };
}

/** A candidate with its precomputed comparison key: answer tokens, or whitespace-free code. */
interface KnownCandidate {
  cand: SimCandidate;
  tokens: AnswerToken[];
  code: string;
}

const known = new WeakMap<Task, KnownCandidate[]>();

function knownCandidates(task: Task): KnownCandidate[] {
  const cached = known.get(task);
  if (cached) return cached;
  const c = taskCandidates(task);
  const cands: SimCandidate[] = [
    ...c.gold.map((text) => ({ text, correct: true, wrongIndex: -1 })),
    ...c.wrong.map((text, wrongIndex) => ({ text, correct: false, wrongIndex })),
  ];
  const out = cands.map((cand) => ({
    cand,
    tokens: task.type === 'code' ? [] : answerTokenValues(cand.text, task.type),
    code: task.type === 'code' ? codeKey(cand.text) : '',
  }));
  known.set(task, out);
  return out;
}

const CODE_BLOCK = /```[ \t]*(?:python|py|python3)?[ \t]*\r?\n([\s\S]*?)```/gi;

function identifyCode(text: string, cands: KnownCandidate[]): SimCandidate | null {
  const blocks = [...text.matchAll(CODE_BLOCK)].map((m) => m[1] ?? '');
  const pieces = blocks.length > 0 ? blocks.reverse() : [text];
  for (const piece of pieces) {
    const key = codeKey(piece);
    const hit = cands.find((c) => c.code === key);
    if (hit) return hit.cand;
  }
  return null;
}

/** Where an answer is announced ("Final answer: 36", "the answer is (B)", "\boxed{36}", "#### 36"). */
const MARKER = /final answer\s*[:=]?|the answer is|answer\s*[:=]|\\boxed\{|####/gi;

/** The candidate whose mention starts last in `tokens`; a mention inside a longer candidate's mention is ignored. */
function lastMention(tokens: AnswerToken[], cands: KnownCandidate[]): SimCandidate | null {
  const hits = cands.flatMap((k) => {
    const start = findSpan(tokens, k.tokens);
    return start < 0 ? [] : [{ cand: k.cand, start, end: start + k.tokens.length }];
  });
  const visible = hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start),
  );
  visible.sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start));
  return visible[0]?.cand ?? null;
}

/**
 * Which known candidate an answer text states, as a reader would tell: the whole text, else the span after the
 * last answer marker, else the candidate mentioned last. Code is compared with the reference and buggy code
 * after removing all whitespace. Returns null for an answer that matches no candidate (it counts as wrong).
 */
export function identifyAnswer(task: Task, text: string | null): SimCandidate | null {
  if (text === null || text.trim() === '') return null;
  const cands = knownCandidates(task);
  if (task.type === 'code') return identifyCode(text, cands);
  const whole = answerTokenValues(text, task.type);
  const exact = cands.find((k) => k.tokens.length === whole.length && findSpan(whole, k.tokens) === 0);
  if (exact) return exact.cand;
  const last = [...text.matchAll(MARKER)].at(-1);
  if (last !== undefined) {
    const after = text.slice(last.index + last[0].length).split('\n')[0] ?? '';
    const spanTokens = answerTokenValues(after, task.type);
    const first = cands
      .map((k) => ({ cand: k.cand, start: findSpan(spanTokens, k.tokens) }))
      .filter((h) => h.start >= 0)
      .sort((a, b) => a.start - b.start || b.cand.text.length - a.cand.text.length)[0];
    if (first) return first.cand;
  }
  return lastMention(whole, cands);
}

/**
 * A concise guess at the answer an unrecognised text states (what Format extracts when the answer is none of the
 * known candidates): the rest of the line after the last marker, else the last number (math), else the last line.
 */
export function guessAnswerSpan(task: Task, text: string): string {
  if (task.type === 'code') {
    const blocks = [...text.matchAll(CODE_BLOCK)].map((m) => m[1] ?? '');
    return blocks.at(-1) ?? text;
  }
  const last = [...text.matchAll(MARKER)].at(-1);
  if (last !== undefined) {
    const after = (text.slice(last.index + last[0].length).split('\n')[0] ?? '')
      .replace(/[}.]+\s*$/, '')
      .trim();
    if (after !== '') return after;
  }
  if (task.type === 'math') {
    const num = [...text.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].at(-1)?.[0];
    if (num !== undefined) return num.replace(/,/g, '');
  }
  const lines = text.trim().split('\n');
  return (lines.at(-1) ?? '').trim().slice(0, 60);
}
