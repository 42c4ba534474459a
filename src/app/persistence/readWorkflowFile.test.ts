import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { toWorkflowFile } from '../../core/graph/workflowFile.ts';
import { readWorkflowFile } from './readWorkflowFile.ts';

const registry = createBuiltinRegistry();

describe('readWorkflowFile', () => {
  it('reads back what export writes', () => {
    const parsed = parseWorkflow('Plan -> [Programmer, Custom] -> ScEnsemble', registry);
    if (!parsed.ok) throw new Error('parse');
    const result = readWorkflowFile(JSON.stringify(toWorkflowFile(parsed.workflow, { name: 'x' })), registry);
    expect(result).toEqual({ ok: true, workflow: parsed.workflow, name: 'x' });
  });

  it.each([
    ['{"format":', /not valid JSON/],
    ['[]', /E_SCHEMA/],
    ['{"format":"other","version":1}', /format: expected "flowsteer-workflow"/],
    [
      '{"format":"flowsteer-workflow","version":1,"workflow":{"nodes":"x","nextId":1}}',
      /E_SCHEMA: workflow.nodes/,
    ],
  ])('refuses %s with a message that says what is wrong', (text, message) => {
    const result = readWorkflowFile(text, registry, '“f.json”');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toContain('“f.json”');
      expect(result.message).toContain('Your workflow is unchanged.');
    }
  });
});
