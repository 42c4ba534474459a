import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  clip,
  currentAnswer,
  failedCheckText,
  failResult,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { solverAnswerFormat } from '../../src/core/operators/responseFormats.ts';
import { CUSTOM_TEMPLATES } from './prompts.ts';

const TYPE = 'Custom';

/** Custom: follows its prompt on the problem, the plan and the previous result; the reply becomes the answer. */
export const customOperator = defineOperator({
  type: TYPE,
  summary: 'Follows its prompt on the problem and the previous result.',
  descriptor: operatorDescriptor({
    category: 'solving',
    costClass: 'medium',
    inputKinds: ['problem', 'plan', 'answer'],
    outputKind: 'answer',
    isSolver: true,
  }),
  templates: CUSTOM_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const messages = buildMessages(ctx, solverAnswerFormat(task), [
      ['Plan', input.plan],
      ['Previous result', currentAnswer(task, input)],
      ['Checker feedback', failedCheckText(input)],
    ]);
    const reply = await ctx.llm({ purpose: 'solve', messages });
    const answer = reply.text.trim();
    if (answer === '') return failResult(input, `${TYPE}: the model returned an empty answer`, 'llm');
    const code = task.type === 'code' ? (extractCodeBlock(answer) ?? input.code) : input.code;
    return {
      output: { ...input, answer, code, check: null, formatted: false },
      summary: `${TYPE}: ${clip(answer)}`,
      signals: {},
    };
  },
});
