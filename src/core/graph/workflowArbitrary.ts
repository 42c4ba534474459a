import fc from 'fast-check';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { renumberWorkflow } from './renumberWorkflow.ts';
import { isPromptTextLongEnough, slotAccepts } from './structureRules.ts';
import type { NodeSlot } from './structureRules.ts';
import { toNodeId } from './types.ts';
import type { OperatorNode, PromptRef, Workflow, WorkflowNode } from './types.ts';

// Any UTF-16 unit, lone surrogates included; cheaper to build than fast-check's 'binary' unit.
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Free prompt text that stresses escaping: quotes, backslashes, newlines, non-ASCII and lone surrogates. */
export const promptTextArbitrary = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ minLength: 5, maxLength: 30 }),
      fc.string({ unit: utf16Unit, minLength: 5, maxLength: 30 }),
      fc.constantFrom(
        'Say "hi" twice.',
        'Back\\slash \\n',
        'Line one\nline two',
        'Émile → 42 ✓',
        'tab\there \u0001',
      ),
    )
    .filter(isPromptTextLongEnough);

/**
 * Test support: valid workflows over a registry, numbered as `parseWorkflow` numbers them (every slot rule and
 * arity respected), for DSL and file round-trip properties.
 */
export function workflowArbitrary(registry: OperatorRegistry, maxNodes = 8): fc.Arbitrary<Workflow> {
  const placeholder = toNodeId('n0');
  // Drawing a template index and an optional text avoids `chain`, which makes generation several times slower.
  const operatorIn = (slot: NodeSlot): fc.Arbitrary<OperatorNode> =>
    fc
      .record({
        def: fc.constantFrom(...registry.list().filter((d) => slotAccepts(slot, d))),
        template: fc.nat(),
        text: fc.option(promptTextArbitrary(), { freq: 4 }),
      })
      .map(({ def, template, text }): OperatorNode => {
        const id = def.templates[template % def.templates.length]?.id ?? '';
        const prompt: PromptRef = text === null ? { kind: 'template', id } : { kind: 'text', text };
        return { kind: 'operator', id: placeholder, operator: def.type, prompt };
      });
  const node: fc.Arbitrary<WorkflowNode> = fc.oneof(
    { weight: 3, arbitrary: operatorIn('top') },
    fc
      .array(operatorIn('branch'), { minLength: 2, maxLength: 3 })
      .map((children): WorkflowNode => ({ kind: 'parallel', id: placeholder, children })),
    fc
      .record({
        children: fc.array(operatorIn('body'), { minLength: 1, maxLength: 2 }),
        count: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ children, count }): WorkflowNode => ({ kind: 'loop', id: placeholder, count, children })),
    fc
      .record({
        checker: operatorIn('checker'),
        fix: operatorIn('fix'),
        otherwise: fc.option(operatorIn('otherwise')),
      })
      .map((parts): WorkflowNode => ({ kind: 'conditional', id: placeholder, ...parts })),
  );
  return fc.array(node, { maxLength: maxNodes }).map((nodes) => renumberWorkflow({ nodes, nextId: 1 }));
}
