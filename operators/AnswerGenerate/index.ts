import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  clip,
  failedCheckText,
  failResult,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock, parseThoughtAnswer } from '../../src/core/operators/protocol.ts';
import { THOUGHT_ANSWER_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { ANSWER_GENERATE_TEMPLATES } from './prompts.ts';

const TYPE = 'AnswerGenerate';

const CODE_THOUGHT_FORMAT =
  'Reply with `THOUGHT:` and your reasoning, then the complete solution in a single ```python fenced block.';

/** AnswerGenerate: reasons, then gives a minimal answer span (`THOUGHT:` / `ANSWER:`). */
export const answerGenerateOperator = defineOperator({
  type: TYPE,
  summary: 'Reasons step by step, then gives a minimal answer span.',
  descriptor: operatorDescriptor({
    category: 'solving',
    costClass: 'medium',
    inputKinds: ['problem', 'plan'],
    outputKind: 'answer',
    isSolver: true,
  }),
  templates: ANSWER_GENERATE_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const format = task.type === 'code' ? CODE_THOUGHT_FORMAT : THOUGHT_ANSWER_FORMAT;
    const messages = buildMessages(ctx, format, [
      ['Plan', input.plan],
      ['Checker feedback', failedCheckText(input)],
    ]);
    const reply = await ctx.llm({ purpose: 'answer', messages });
    const text = reply.text.trim();
    if (text === '') return failResult(input, `${TYPE}: the model returned an empty answer`, 'llm');
    const code = task.type === 'code' ? extractCodeBlock(text) : null;
    const parsed = parseThoughtAnswer(text);
    // On code tasks the minimal answer is the program itself.
    const answer = code ?? parsed?.answer ?? text;
    const note = code === null && parsed === null ? ' (no ANSWER line; kept the whole reply)' : '';
    return {
      output: { ...input, answer, code: code ?? input.code, check: null, formatted: false },
      summary: `${TYPE}: ${clip(answer)}${note}`,
      signals: {},
    };
  },
});
