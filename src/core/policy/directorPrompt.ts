import { unmetFinishConditions } from '../actions/checkFinishRule.ts';
import { printActionText } from '../actions/textProtocol.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import { toNodeId } from '../graph/types.ts';
import { printNode } from '../graph/printWorkflow.ts';
import { placedOperators } from '../graph/workflowQueries.ts';
import type { ChatMessage } from '../ports/LlmClient.ts';
import type { PolicyInput } from './types.ts';

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

const EXAMPLES = [
  printActionText({ type: 'addOperator', operator: 'Plan' }),
  printActionText({ type: 'addParallel', operators: ['Programmer', 'Custom'] }),
  printActionText({ type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null }),
  printActionText({ type: 'addLoop', operators: ['Programmer', 'Test'], count: 2 }),
  printActionText({ type: 'addOperator', operator: 'Format', position: 1 }),
  printActionText({ type: 'deleteNode', target: toNodeId('n3') }),
  printActionText({ type: 'modifyOperator', target: toNodeId('n2'), operator: 'AnswerGenerate' }),
  printActionText({
    type: 'setPrompt',
    target: toNodeId('n2'),
    prompt: { kind: 'text', text: 'Answer with a number.' },
  }),
  printActionText({ type: 'finish' }),
];

/** The system message: the canvas, the operators (from the registry) and the paper's tag protocol. */
export function directorSystemPrompt(input: PolicyInput): string {
  const operators = input.registry
    .list()
    .map((d) => {
      const roles = (['isSolver', 'isChecker', 'runsTests', 'isEnsemble', 'isFormatter'] as const)
        .filter((f) => d.descriptor[f])
        .map((f) => f.replace(/^is|^runs/, '').toLowerCase());
      const templates = d.templates.map((t) => t.id).join(', ');
      return `- ${d.type} (${d.descriptor.category}${roles.length ? `; ${roles.join(', ')}` : ''}): ${d.summary} Templates: ${templates || 'none'}.`;
    })
    .join('\n');
  return [
    'You are the director of an agentic workflow. You edit the workflow one action per turn; after each edit it',
    'runs on the task and you see the result. Build a workflow that answers the task correctly, then finish.',
    '',
    'Operators:',
    operators,
    '',
    'Structures: parallel (2-3 operators run on the same input; ensembles cannot be branches), conditional',
    '(a checker judges the answer; when the check FAILS the <true> operator runs, else <false> or done), loop',
    '(1-2 operators repeated 1-5 times). Structures do not nest. Positions and targets: node ids such as n3, or',
    '1-based positions.',
    '',
    'Reply with exactly one action in this tag format (examples):',
    ...EXAMPLES,
  ].join('\n');
}

/** The user message: the task, the workflow with node ids, the last feedback and what is allowed now. */
export function directorUserPrompt(input: PolicyInput): string {
  const { observation: o, context, registry, mask } = input;
  const nodes = o.workflow.nodes.map((node, i) => `${i + 1}. ${node.id}: ${printNode(node, registry)}`);
  const children = placedOperators(o.workflow)
    .filter((p) => p.slot !== 'top')
    .map((p) => `${p.node.id} = ${p.node.operator} (${p.slot} of node ${p.topIndex + 1})`);
  const fb = o.lastFeedback;
  const signals = fb
    ? Object.entries(fb.signals)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ')
    : '';
  const unmet = unmetFinishConditions(o.workflow, context, registry);
  const finish = mask.type.finish
    ? 'finish is allowed now.'
    : `finish is refused until: ${unmet.join('; ') || 'the workflow qualifies'}.`;
  return [
    `Task (${o.task.type}): ${clip(o.task.question, 1500)}`,
    ...(o.task.context ? [`Passage: ${clip(o.task.context, 1200)}`] : []),
    ...(o.task.choices?.length ? [`Choices: ${o.task.choices.join(' | ')}`] : []),
    '',
    `Turn ${o.turn + 1} of ${o.maxTurns}.`,
    nodes.length ? `Workflow:\n${nodes.join('\n')}` : 'Workflow: empty.',
    ...(children.length ? [`Operators inside structures: ${children.join('; ')}.`] : []),
    ...(fb
      ? [
          `Last feedback: ${fb.status}${fb.errorCode ? ` (${fb.errorCode})` : ''}. ${clip(fb.message, 400)}`,
          ...(signals ? [`Signals: ${signals}.`] : []),
          ...(fb.finalOutput ? [`Final output: ${clip(fb.finalOutput, 300)}`] : []),
        ]
      : []),
    `Allowed actions: ${ACTION_TYPES.filter((t) => mask.type[t]).join(', ')}; ${finish}`,
    'Your action:',
  ].join('\n');
}

/** The chat for one decision; a previous unusable reply is shown back with what was wrong with it. */
export function directorMessages(
  input: PolicyInput,
  retry?: { reply: string; problem: string },
): ChatMessage[] {
  const messages: ChatMessage[] = [
    { role: 'system', content: directorSystemPrompt(input) },
    { role: 'user', content: directorUserPrompt(input) },
  ];
  if (retry) {
    messages.push({ role: 'assistant', content: clip(retry.reply, 1000) });
    messages.push({
      role: 'user',
      content: `That action cannot be used: ${retry.problem} Reply with one valid action.`,
    });
  }
  return messages;
}
