import type { ChatMessage } from '../ports/LlmClient.ts';
import type { SandboxResult } from '../ports/CodeSandbox.ts';
import type { Task } from '../tasks/types.ts';
import type { OperatorContext, OperatorResult, OperatorSignals, StageState } from './types.ts';

/** A titled block of the user message; empty bodies are left out. */
export type Section = readonly [title: string, body: string | null | undefined];

/** Renders sections as `## Title` blocks, skipping empty ones. */
export function renderSections(sections: readonly Section[]): string {
  return sections
    .filter((s): s is readonly [string, string] => typeof s[1] === 'string' && s[1].trim() !== '')
    .map(([title, body]) => `## ${title}\n${body.trim()}`)
    .join('\n\n');
}

const fence = (code: string): string => '```python\n' + code.replace(/\s+$/, '') + '\n```';

/** The facts of the task every operator shows: question, passage, options, and for code the contract. */
export function taskSections(task: Task): Section[] {
  const sections: Section[] = [['Problem', task.question]];
  if (task.context !== undefined) sections.push(['Passage', task.context]);
  if (task.choices && task.choices.length > 0) {
    const options = task.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${c}`).join('\n');
    sections.push(['Options', options]);
  }
  const spec = task.code;
  if (spec) {
    const name = spec.entryPoint ?? spec.io?.fnName;
    const contract =
      spec.format === 'stdio'
        ? 'The program reads its input from standard input and prints the result to standard output.'
        : name !== undefined
          ? `The solution must define a function named \`${name}\`.`
          : null;
    sections.push(['Requirements', contract]);
    if (spec.starter !== undefined) sections.push(['Starter code', fence(spec.starter)]);
    if (spec.format === 'asserts' && spec.publicTests.length > 0) {
      sections.push(['Example tests', fence(spec.publicTests.slice(0, 3).join('\n'))]);
    }
  }
  return sections;
}

/** A system message (the node's prompt plus the response format) and a user message (task plus extras). */
export function buildMessages(
  ctx: OperatorContext,
  format: string,
  extras: readonly Section[],
): ChatMessage[] {
  return [
    { role: 'system', content: `${ctx.prompt.trim()}\n\n${format}` },
    { role: 'user', content: renderSections([...taskSections(ctx.task), ...extras]) },
  ];
}

const nonBlank = (text: string | null | undefined): string | null =>
  typeof text === 'string' && text.trim() !== '' ? text : null;

/** The answer a stage carries; on code tasks the code when no answer text exists. */
export function currentAnswer(task: Task, state: StageState): string | null {
  const answer = nonBlank(state.answer);
  return task.type === 'code' ? (answer ?? nonBlank(state.code)) : answer;
}

/** The failed check's feedback, with a checker's suggested answer; null when the last check passed or none ran. */
export function failedCheckText(state: StageState): string | null {
  const check = state.check;
  if (!check || check.passed) return null;
  const suggestion = check.suggested !== null ? `\n${check.checker} suggests: ${check.suggested}` : '';
  return `${check.checker} judged the answer wrong (confidence ${check.confidence.toFixed(2)}).\n${check.feedback}${suggestion}`;
}

/** One line of at most `max` characters, for summaries. */
export function clip(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** A result for an operator that could not do its job; the stage passes through unless `output` is given. */
export function failResult(
  input: StageState,
  summary: string,
  errorType: NonNullable<OperatorSignals['errorType']>,
  output: StageState = { ...input },
  signals: OperatorSignals = {},
): OperatorResult {
  return {
    output,
    summary,
    signals: { ...signals, errorType },
    failed: { code: 'E_OPERATOR_FAILED', message: summary },
  };
}

/** Runs Python in the context's sandbox; an abort of the run's signal surfaces as the signal's own error. */
export async function runPython(ctx: OperatorContext, code: string): Promise<SandboxResult> {
  const result = await ctx.sandbox.run({ code, timeoutMs: ctx.sandboxTimeoutMs, signal: ctx.signal });
  if (!result.ok && result.errorType === 'aborted') ctx.signal.throwIfAborted();
  return result;
}

/** The error of a failed run as a model can act on it: the message plus the end of stderr. */
export function describeSandboxFailure(result: Extract<SandboxResult, { ok: false }>): string {
  const tail = result.stderr.trim().split('\n').slice(-6).join('\n');
  return tail !== '' && !result.message.includes(tail) ? `${result.message}\n${tail}` : result.message;
}

/** A JavaScript string as a Python string literal (JSON string syntax is valid Python). */
export const pythonString = (text: string): string => JSON.stringify(text);

/** The items of a numbered list (`1. …`, `2) …`), in order. */
export function numberedItems(text: string): string[] {
  return [...text.matchAll(/^[ \t]*(?:\*\*)?\d+[.)][ \t]+(.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** What an ensemble combines: the stage's candidates, else its single answer, else nothing. */
export function candidatesOf(task: Task, state: StageState): string[] {
  const listed = (state.candidates ?? []).filter((c) => c.trim() !== '');
  if (listed.length > 0) return listed;
  const single = currentAnswer(task, state);
  return single === null ? [] : [single];
}

/** Candidates as a lettered list (`### Solution A`), the letters parseSelection reads back. */
export function letteredList(items: readonly string[], label: string): string {
  return items.map((item, i) => `### ${label} ${String.fromCharCode(65 + i)}\n${item.trim()}`).join('\n\n');
}
