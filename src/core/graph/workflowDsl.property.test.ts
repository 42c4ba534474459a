import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { parseWorkflow, positionOf } from './parseWorkflow.ts';
import { printWorkflow } from './printWorkflow.ts';
import { validateWorkflow } from './validateWorkflow.ts';
import { workflowArbitrary } from './workflowArbitrary.ts';

const registry = createFixtureRegistry();

const dslFragments = fc.constantFrom(
  'Plan',
  'custom',
  'Verify',
  'ScEnsemble',
  'Wizard',
  'done',
  '->',
  '→',
  '[',
  ']',
  '(',
  ')',
  ',',
  '?',
  ':',
  '*',
  '#',
  '#concise',
  '"',
  '("text here")',
  '\\',
  '2',
  '9',
  ' ',
  '\n',
  '$',
);
const dslLikeText = fc.array(dslFragments, { maxLength: 25 }).map((parts) => parts.join(''));

describe('DSL properties', () => {
  it('parse(print(w)) deep-equals w for generated workflows', () => {
    fc.assert(
      fc.property(workflowArbitrary(registry), (w) => {
        expect(validateWorkflow(w, registry)).toEqual([]);
        const text = printWorkflow(w, registry);
        const r = parseWorkflow(text, registry);
        expect(r).toEqual({ ok: true, workflow: w });
      }),
      { numRuns: 300 },
    );
  });

  it('parsing never throws and every error has a consistent position', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
          dslLikeText,
        ),
        (text) => {
          const r = parseWorkflow(text, registry);
          if (r.ok) {
            expect(validateWorkflow(r.workflow, registry)).toEqual([]);
            return;
          }
          const { offset, line, column, message } = r.error;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          expect(positionOf(text, offset)).toEqual({ line, column });
          expect(message.startsWith(`line ${line}, column ${column}: `)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('printing is canonical: parsing printed text and printing again is stable', () => {
    fc.assert(
      fc.property(dslLikeText, (text) => {
        const r = parseWorkflow(text, registry);
        if (!r.ok) return;
        const printed = printWorkflow(r.workflow, registry);
        const again = parseWorkflow(printed, registry);
        expect(again.ok && printWorkflow(again.workflow, registry)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
});
