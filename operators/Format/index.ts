import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, clip, currentAnswer, failResult } from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { formatOnlyInstruction } from '../../src/core/operators/responseFormats.ts';
import { formatReply } from './formatReply.ts';
import { FORMAT_TEMPLATES } from './prompts.ts';

const TYPE = 'Format';

/** Format: extracts the final answer in the task's format (number, span, option letter, bare code); never re-solves. */
export const formatOperator = defineOperator({
  type: TYPE,
  summary: "Extracts the final answer in the task's format, never re-solves.",
  descriptor: operatorDescriptor({
    category: 'formatting',
    costClass: 'low',
    inputKinds: ['answer'],
    outputKind: 'answer',
    isFormatter: true,
  }),
  templates: FORMAT_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const isCode = task.type === 'code';
    const answer = isCode ? (input.code ?? currentAnswer(task, input)) : currentAnswer(task, input);
    if (answer === null) {
      return failResult(input, `${TYPE}: nothing to format`, 'input', {
        ...input,
        answer: null,
        formatted: false,
      });
    }
    const messages = buildMessages(ctx, formatOnlyInstruction(task), [['Solution', answer]]);
    const reply = await ctx.llm({ purpose: 'format', messages, inputAnswer: answer });
    if (isCode) {
      const fromReply = extractCodeBlock(reply.text);
      const code = fromReply ?? extractCodeBlock(answer) ?? answer;
      return {
        output: { ...input, answer: code, code, formatted: true },
        summary:
          fromReply !== null ? `${TYPE}: code only` : `${TYPE}: no code in the reply, kept the original code`,
        signals: {},
      };
    }
    const formatted = formatReply(reply.text, task);
    return {
      output: { ...input, answer: formatted ?? answer, formatted: true },
      summary:
        formatted !== null
          ? `${TYPE}: ${clip(formatted, 50)}`
          : `${TYPE}: empty reply, kept the answer as it was`,
      signals: {},
    };
  },
});
