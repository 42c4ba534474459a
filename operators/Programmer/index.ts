import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  clip,
  currentAnswer,
  describeSandboxFailure,
  failedCheckText,
  failResult,
  runPython,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { printedAnswer, programToRun } from '../../src/core/operators/pythonPrograms.ts';
import type { OperatorContext, OperatorResult, OperatorSignals } from '../../src/core/operators/types.ts';
import type { ChatMessage } from '../../src/core/ports/LlmClient.ts';
import { PROGRAMMER_TEMPLATES } from './prompts.ts';
import { programInstruction } from './programInstruction.ts';

const TYPE = 'Programmer';
/** Retries after the first attempt (SPEC §2: up to 3). */
const MAX_RETRIES = 3;

type Attempt =
  | { ok: true; answer: string }
  | { ok: false; message: string; errorType: NonNullable<OperatorSignals['errorType']> };

async function tryProgram(ctx: OperatorContext, code: string): Promise<Attempt> {
  // On math/qa/mc the contract is strict: `solve()` must exist, so a program that only prints is sent back.
  const program =
    ctx.task.type === 'code' ? programToRun(ctx.task, code) : `${code.trimEnd()}\n\nprint(solve())\n`;
  const result = await runPython(ctx, program);
  if (!result.ok) return { ok: false, message: describeSandboxFailure(result), errorType: result.errorType };
  if (ctx.task.type === 'code') return { ok: true, answer: code };
  const printed = printedAnswer(result.stdout);
  if (printed !== null) return { ok: true, answer: printed };
  return {
    ok: false,
    message: 'solve() returned None or printed nothing: make solve() return the final answer.',
    errorType: 'runtime',
  };
}

/** Programmer: writes Python, runs it in the sandbox, and retries up to 3 times with the error fed back. */
export const programmerOperator = defineOperator({
  type: TYPE,
  summary: 'Writes Python, runs it in the sandbox, retries up to 3 times on error.',
  descriptor: operatorDescriptor({
    category: 'solving',
    costClass: 'high',
    inputKinds: ['problem', 'plan', 'answer'],
    outputKind: 'answer',
    isSolver: true,
    needsSandbox: true,
  }),
  templates: PROGRAMMER_TEMPLATES,
  async run(ctx): Promise<OperatorResult> {
    const { input, task } = ctx;
    let messages: ChatMessage[] = buildMessages(ctx, programInstruction(task), [
      ['Plan', input.plan],
      ['Previous result', currentAnswer(task, input)],
      ['Checker feedback', failedCheckText(input)],
    ]);
    let lastCode: string | null = null;
    let lastError: Extract<Attempt, { ok: false }> = {
      ok: false,
      message: 'no attempt made',
      errorType: 'llm',
    };
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      const reply = await ctx.llm(
        attempt === 0
          ? { purpose: 'code', messages }
          : { purpose: 'code', messages, attempt, feedback: lastError.message },
      );
      const code = extractCodeBlock(reply.text);
      const outcome: Attempt =
        code === null
          ? { ok: false, message: 'The reply contained no Python code block.', errorType: 'llm' }
          : await tryProgram(ctx, code);
      if (code !== null) lastCode = code;
      if (outcome.ok && code !== null) {
        const retries = attempt === 0 ? '' : ` (after ${attempt} ${attempt === 1 ? 'retry' : 'retries'})`;
        return {
          output: { ...input, answer: outcome.answer, code, check: null, formatted: false },
          summary:
            task.type === 'code'
              ? `${TYPE}: code runs${retries}`
              : `${TYPE}: solve() → ${clip(outcome.answer, 40)}${retries}`,
          signals: {},
        };
      }
      if (!outcome.ok) lastError = outcome;
      // A missing sandbox will not appear on a retry.
      if (lastError.errorType === 'unavailable') break;
      messages = [
        ...messages,
        { role: 'assistant', content: reply.text },
        {
          role: 'user',
          content: `Running your program failed:\n${lastError.message}\nFix the error and reply with the complete corrected program.`,
        },
      ];
    }
    return failResult(
      input,
      `${TYPE}: no working program — ${clip(lastError.message, 80)}`,
      lastError.errorType,
      { ...input, code: lastCode ?? input.code },
    );
  },
});
