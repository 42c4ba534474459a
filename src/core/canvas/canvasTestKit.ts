import { toNodeId } from '../graph/types.ts';
import type {
  ConditionalNode,
  LoopNode,
  OperatorNode,
  ParallelNode,
  PromptRef,
  Workflow,
  WorkflowNode,
} from '../graph/types.ts';
import { createOperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { defineOperator } from '../operators/defineOperator.ts';
import type { OperatorContext, OperatorDescriptor, OperatorResult } from '../operators/types.ts';
import type { Task } from '../tasks/types.ts';
import { FIXTURE_DESCRIPTORS } from '../testing/fixtureRegistry.ts';

/** A math task for executor and canvas tests. */
export const testTask = (fields: Partial<Task> = {}): Task => ({
  id: 't1',
  source: 'test:canvas',
  type: 'math',
  metric: 'math',
  question: 'What is 6 times 7?',
  gold: ['42'],
  difficulty: 0.2,
  distractors: ['41', '48'],
  ...fields,
});

const descriptorOf = (type: string, overrides: Partial<OperatorDescriptor>): OperatorDescriptor => ({
  ...(FIXTURE_DESCRIPTORS[type] ?? (FIXTURE_DESCRIPTORS.Custom as OperatorDescriptor)),
  ...overrides,
});

/** A test operator with the agreed descriptor of its type (or a solver's) and the given behaviour. */
export function testOperator(
  type: string,
  run: (ctx: OperatorContext) => Promise<OperatorResult>,
  overrides: Partial<OperatorDescriptor> = {},
) {
  return defineOperator({
    type,
    summary: `Test ${type}`,
    descriptor: descriptorOf(type, overrides),
    templates: ['default', 'concise', 'stepwise'].map((id) => ({
      id,
      title: id,
      text: `${type} ${id} instruction.`,
    })),
    run,
  });
}

const ask = (ctx: OperatorContext, purpose: 'plan' | 'solve' | 'review' | 'revise') =>
  ctx.llm({ purpose, messages: [{ role: 'user', content: `${ctx.prompt}\n${ctx.task.question}` }] });

/**
 * Small operators that behave like the built-ins in shape: Plan, Custom, Review (reply `PASS`/`FAIL …`), Revise,
 * ScEnsemble (majority, no LLM), Format (last line, no LLM), Boom (throws) and Broken (returns `failed`).
 */
export function createTestRegistry(): OperatorRegistry {
  return createOperatorRegistry([
    testOperator('Plan', async (ctx) => {
      const r = await ask(ctx, 'plan');
      return {
        output: { ...ctx.input, plan: r.text, planners: [...ctx.input.planners, 'Plan'] },
        summary: 'planned',
        signals: {},
      };
    }),
    testOperator('Custom', async (ctx) => {
      const r = await ask(ctx, 'solve');
      return {
        output: { ...ctx.input, answer: r.text, formatted: false },
        summary: `answered ${r.text}`,
        signals: {},
      };
    }),
    testOperator('Review', async (ctx) => {
      const r = await ask(ctx, 'review');
      const passed = r.text.startsWith('PASS');
      const check = {
        checker: 'Review',
        passed,
        confidence: 0.8,
        feedback: r.text,
        suggested: null,
        testPassRatio: null,
      };
      return {
        output: { ...ctx.input, check },
        summary: passed ? 'pass' : 'fail',
        signals: { verdict: passed ? 'pass' : 'fail', confidence: 0.8 },
      };
    }),
    testOperator('Revise', async (ctx) => {
      const r = await ask(ctx, 'revise');
      return { output: { ...ctx.input, answer: r.text, check: null }, summary: 'revised', signals: {} };
    }),
    testOperator('ScEnsemble', (ctx) => {
      const list = ctx.input.candidates ?? (ctx.input.answer !== null ? [ctx.input.answer] : []);
      const counts = new Map<string, number>();
      for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      const output = { ...ctx.input, answer: best?.[0] ?? null };
      return Promise.resolve({
        output,
        summary: 'voted',
        signals: { agreement: best ? best[1] / list.length : 0 },
      });
    }),
    testOperator('Format', (ctx) => {
      const answer = ctx.input.answer?.trim().split('\n').at(-1) ?? null;
      return Promise.resolve({
        output: { ...ctx.input, answer, formatted: answer !== null },
        summary: 'formatted',
        signals: {},
      });
    }),
    testOperator('Boom', () => Promise.reject(new Error('kaboom'))),
    testOperator('Broken', (ctx) =>
      Promise.resolve({
        output: ctx.input,
        summary: 'nothing to check',
        signals: { errorType: 'input' },
        failed: { code: 'E_OPERATOR_FAILED', message: 'Broken had nothing to work on.' },
      }),
    ),
  ]);
}

let counter = 0;
const nextId = (): string => `x${++counter}`;

/** An operator node; ids default to fresh `x<n>` ids. */
export const opNode = (
  operator: string,
  id = nextId(),
  prompt: PromptRef = { kind: 'template', id: 'default' },
): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(id),
  operator,
  prompt,
});

/** A parallel node over operator types. */
export const parallelNode = (operators: string[], id = nextId()): ParallelNode => ({
  kind: 'parallel',
  id: toNodeId(id),
  children: operators.map((o) => opNode(o)),
});

/** `checker ? fix : otherwise` (null otherwise = done). */
export const conditionalNode = (
  checker: string,
  fix: string,
  otherwise: string | null,
  id = nextId(),
): ConditionalNode => ({
  kind: 'conditional',
  id: toNodeId(id),
  checker: opNode(checker),
  fix: opNode(fix),
  otherwise: otherwise === null ? null : opNode(otherwise),
});

/** A loop of operator types. */
export const loopNode = (operators: string[], count: number, id = nextId()): LoopNode => ({
  kind: 'loop',
  id: toNodeId(id),
  count,
  children: operators.map((o) => opNode(o)),
});

/** A workflow of the given nodes. */
export const workflowOf = (...nodes: WorkflowNode[]): Workflow => ({ nodes, nextId: 1000 });
