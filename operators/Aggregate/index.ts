import { canonicalNumber, numericValue, pluralityVote } from '../../src/core/operators/answerKey.ts';
import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  candidatesOf,
  clip,
  failResult,
  letteredList,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { solverAnswerFormat } from '../../src/core/operators/responseFormats.ts';
import { AGGREGATE_TEMPLATES } from './prompts.ts';

const TYPE = 'Aggregate';

/** Aggregate: combines sub-answers; a numeric majority needs no call, other answers are combined by the LLM. */
export const aggregateOperator = defineOperator({
  type: TYPE,
  summary: 'Combines sub-answers; numeric majority without an LLM call.',
  descriptor: operatorDescriptor({
    category: 'ensemble',
    costClass: 'low',
    inputKinds: ['candidates'],
    outputKind: 'answer',
    isSolver: true,
  }),
  templates: AGGREGATE_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const list = candidatesOf(task, input);
    const [first] = list;
    if (first === undefined) {
      return failResult(input, `${TYPE}: nothing to combine`, 'input', { ...input, candidates: null });
    }
    if (list.length === 1) {
      return {
        output: { ...input, answer: first, candidates: null },
        summary: `${TYPE}: a single value, passed through`,
        signals: { agreement: 1 },
      };
    }
    const numbers = list.map(numericValue).filter((n): n is number => n !== null);
    const vote = task.type === 'code' ? null : pluralityVote(numbers.map(canonicalNumber));
    if (vote !== null && numbers.length * 2 > list.length) {
      const agreement = vote.count / list.length;
      return {
        output: { ...input, answer: vote.key, candidates: null, check: null, formatted: false },
        summary: `${TYPE}: numeric majority ${vote.count}/${list.length} → ${vote.key}`,
        signals: { agreement },
      };
    }
    const messages = buildMessages(ctx, solverAnswerFormat(task), [
      ['Plan', input.plan],
      ['Answers to combine', letteredList(list, 'Answer')],
    ]);
    const reply = await ctx.llm({ purpose: 'combine', messages, candidates: list });
    const answer = reply.text.trim();
    if (answer === '') {
      return failResult(input, `${TYPE}: the model returned an empty combination`, 'llm');
    }
    const code = task.type === 'code' ? (extractCodeBlock(answer) ?? input.code) : input.code;
    return {
      output: { ...input, answer, code, candidates: null, check: null, formatted: false },
      summary: `${TYPE}: combined ${list.length} answers → ${clip(answer, 40)}`,
      signals: {},
    };
  },
});
