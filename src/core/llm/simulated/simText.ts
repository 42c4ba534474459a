import { printCodeBlock } from '../../operators/protocol.ts';
import type { Rng } from '../../ports/Rng.ts';
import type { Task } from '../../tasks/types.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { SimTypeParams } from './simProfileSchema.ts';
import { taskCandidates } from './simCandidates.ts';
import { parseSimpleNumber } from './simNormalize.ts';

/**
 * How a free-text answer is written: `concise` (the answer alone), `verbose` (prose that announces the answer so a
 * metric's extractor finds it) or `unreadable` (prose that states it without a marker, followed by another number
 * or option, so an extractor usually picks the wrong thing).
 */
export type AnswerStyle = 'concise' | 'verbose' | 'unreadable';

/** Draws the style of one solver output from the profile's verbosity rates. */
export function drawAnswerStyle(rng: Rng, params: SimTypeParams): AnswerStyle {
  if (rng.fork('verbose').next() >= params.verbose) return 'concise';
  return rng.fork('unreadable').next() < params.verboseUnreadable ? 'unreadable' : 'verbose';
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

const candidateNumbers = (task: Task): Set<number> => {
  const c = taskCandidates(task);
  return new Set([...c.gold, ...c.wrong].map(parseSimpleNumber).filter((n): n is number => n !== null));
};

/** Small integers that equal none of the task's candidates, for the intermediate steps of verbose prose. */
function intermediates(rng: Rng, task: Task, count: number): number[] {
  const taken = candidateNumbers(task);
  const out: number[] = [];
  for (let guard = 0; out.length < count && guard < 200; guard++) {
    const n = 2 + rng.int(98);
    if (!taken.has(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

function entryName(task: Task, code: string): string {
  return task.code?.entryPoint ?? /^\s*def\s+([A-Za-z_]\w*)/m.exec(code)?.[1] ?? 'solve';
}

function renderCodeAnswer(task: Task, code: string, style: AnswerStyle, rng: Rng): string {
  if (style === 'concise') return printCodeBlock(code);
  const before = pick(rng, [
    'Here is a solution that handles the edge cases:',
    'We can solve this directly. The function below does it:',
    "Let's write the function step by step; here is the complete version:",
  ]);
  if (style === 'verbose')
    return printCodeBlock(code, before, 'It runs in linear time in the size of the input.');
  const example = `# Example usage\nprint(${entryName(task, code)}([3, 1, 2]))`;
  return `${printCodeBlock(code, before)}\nFor example:\n${printCodeBlock(example)}`;
}

function renderMath(task: Task, answer: string, style: 'verbose' | 'unreadable', rng: Rng): string {
  const [a = 7, b = 11] = intermediates(rng, task, 2);
  const opening = pick(rng, [
    "Let's work through it step by step.",
    'We break the problem into its quantities.',
    'First, list what the problem gives us.',
  ]);
  if (style === 'verbose') {
    const close = pick(rng, [`So the answer is ${answer}.`, `Final answer: ${answer}`]);
    return `${opening} The first intermediate quantity is ${a}, and combining it with ${b} as the problem describes leads to the result.\n${close}`;
  }
  const value = parseSimpleNumber(answer);
  const diff = value === null ? b : Math.abs(Math.round((value - a) * 100) / 100);
  // The difference must not be another candidate, or a reader could no longer tell which number is the answer.
  const gap = candidateNumbers(task).has(diff) ? '' : ` ${diff}`;
  return `${opening} Working it through gives ${answer} in total, which is${gap} ${value !== null && value < a ? 'less' : 'more'} than the ${a} we started from.`;
}

function renderReading(task: Task, answer: string, style: 'verbose' | 'unreadable', rng: Rng): string {
  if (task.type === 'mc') {
    if (style === 'verbose')
      return `Comparing the options with the question, (${answer}) fits best.\nThe answer is ${answer}.`;
    const other = taskCandidates(task).wrong.find((w) => w !== answer) ?? (answer === 'A' ? 'B' : 'A');
    return `Between (${other}) and (${answer}), (${answer}) fits the question best.`;
  }
  if (style === 'verbose') {
    const opening = pick(rng, [
      'Looking at the passage, the relevant sentence answers this directly.',
      'The question asks for one fact, and the passage states it.',
      'Reading the passage carefully, the key detail is in the middle paragraph.',
    ]);
    return `${opening} The answer is ${answer}.`;
  }
  return pick(rng, [
    `The passage points to ${answer} here; it is mentioned right after the sentence the question refers to, alongside other details about the events.`,
    `It is ${answer}, according to the passage, which also describes what happened before and after in some detail.`,
  ]);
}

/** Writes an answer (a candidate text) in the given style, in the shape of the task type. */
export function renderAnswer(task: Task, answer: string, style: AnswerStyle, rng: Rng): string {
  if (task.type === 'code') return renderCodeAnswer(task, answer, style, rng);
  if (style === 'concise') return answer;
  switch (task.type) {
    case 'math':
      return renderMath(task, answer, style, rng);
    case 'qa':
    case 'mc':
      return renderReading(task, answer, style, rng);
    default:
      return assertNever(task.type, 'task type');
  }
}

/** The reasoning an AnswerGenerate reply gives before its answer span (it never names the answer itself). */
export function renderThought(task: Task, rng: Rng): string {
  const [a = 7] = intermediates(rng, task, 1);
  switch (task.type) {
    case 'math':
      return `Identify the given quantities, compute the intermediate value ${a}, then finish the calculation.`;
    case 'qa':
      return 'Find the sentence of the passage the question refers to and take the shortest span that answers it.';
    case 'mc':
      return 'Eliminate the options that contradict the question, then compare the remaining ones.';
    case 'code':
      return 'Handle the empty input first, then loop once over the data and build the result.';
    default:
      return assertNever(task.type, 'task type');
  }
}

/** Wraps a program for Programmer or a Test rewrite round: a bare block, or prose before and after it. */
export function renderProgram(code: string, verbose: boolean, rng: Rng): string {
  if (!verbose) return printCodeBlock(code);
  const before = pick(rng, ['Here is a program that computes the answer:', 'The following code solves it:']);
  return printCodeBlock(code, before, 'Running it prints the result.');
}

/** A mangled version of a concise answer (Format's rare failure): its first half, cut mid-token. */
export function garbleAnswer(task: Task, concise: string): string {
  if (task.type === 'code') {
    const lines = concise.split('\n');
    return lines.slice(0, Math.max(1, Math.floor(lines.length / 2))).join('\n');
  }
  return concise.slice(0, Math.floor(concise.length / 2));
}

const PLAN_STEPS: Record<Task['type'], readonly string[]> = {
  math: [
    'List the quantities the problem gives and what it asks for.',
    'Write the relations between them as equations.',
    'Compute the intermediate quantities in order.',
    'Combine them into the requested value.',
    'Check the units and that the result is reasonable.',
  ],
  qa: [
    'Find the entity the question is about in the passage.',
    'Locate the sentences that mention it.',
    'Follow any second hop to the linked entity.',
    'Pick the shortest span that answers the question.',
    'Check the span against the question type (who, when, where).',
  ],
  mc: [
    'Restate what the question asks.',
    'Check each option against the question.',
    'Eliminate options that contradict the facts.',
    'Compare the remaining options and choose one.',
  ],
  code: [
    'Read the signature and the examples to pin down the input and output.',
    'Handle the edge cases: empty input, one element, negative values.',
    'Write the main loop or recursion.',
    'Trace the examples by hand through the code.',
    'Return the result in the requested type.',
  ],
};

/** A numbered plan (Plan) or list of sub-problems (Decompose) for the task; it never states an answer. */
export function renderPlan(task: Task, kind: 'plan' | 'decompose', rng: Rng): string {
  const steps = PLAN_STEPS[task.type];
  const count = Math.min(steps.length, 3 + rng.int(3));
  const start = rng.int(steps.length - count + 1);
  const chosen = steps.slice(start, start + count);
  const lines = chosen.map((s, i) => (kind === 'plan' ? `${i + 1}. ${s}` : `${i + 1}. Sub-problem: ${s}`));
  const head = kind === 'plan' ? 'Strategy: solve it in order, checking each step.' : 'Sub-problems:';
  return `${head}\n${lines.join('\n')}`;
}
