import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { parseWorkflow } from './parseWorkflow.ts';
import { toNodeId } from './types.ts';
import type { Layout, Workflow } from './types.ts';
import { workflowArbitrary } from './workflowArbitrary.ts';
import { fromWorkflowFile, toWorkflowFile } from './workflowFile.ts';

const registry = createFixtureRegistry();
const sample = ((): Workflow => {
  const r = parseWorkflow(
    'Plan -> [Programmer, Custom#concise] -> Verify ? Revise : done -> Format',
    registry,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
})();
const layout: Layout = { [toNodeId('n1')]: { x: 10, y: 20 } };
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('toWorkflowFile / fromWorkflowFile', () => {
  it('writes format and version and reads back through JSON', () => {
    const file = toWorkflowFile(sample, { name: 'Demo', layout });
    expect(file).toMatchObject({ format: 'flowsteer-workflow', version: 1, name: 'Demo' });
    expect(fromWorkflowFile(asJson(file), registry)).toEqual({
      ok: true,
      file: { workflow: sample, name: 'Demo', layout },
    });
  });

  it('omits absent name and layout', () => {
    const file = toWorkflowFile(sample);
    expect('name' in file || 'layout' in file).toBe(false);
    expect(fromWorkflowFile(asJson(file), registry)).toEqual({ ok: true, file: { workflow: sample } });
  });

  it('deep-copies, so later edits of the workflow do not leak into the file', () => {
    const w = structuredClone(sample);
    const file = toWorkflowFile(w);
    w.nodes.pop();
    expect(file.workflow.nodes).toHaveLength(sample.nodes.length);
  });

  it('round-trips generated workflows', () => {
    fc.assert(
      fc.property(workflowArbitrary(registry), (w) => {
        const r = fromWorkflowFile(asJson(toWorkflowFile(w)), registry);
        expect(r.ok && r.file.workflow).toEqual(JSON.parse(JSON.stringify(w)));
      }),
      { numRuns: 100 },
    );
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a non-object', 'hello', 'E_SCHEMA', /JSON object/],
    ['an array', [], 'E_SCHEMA', /JSON object/],
    ['a wrong format', { format: 'other', version: 1 }, 'E_SCHEMA', /^format: expected "flowsteer-workflow"/],
    ['a missing version', { format: 'flowsteer-workflow' }, 'E_SCHEMA', /^version: /],
    ['a fractional version', { format: 'flowsteer-workflow', version: 1.5 }, 'E_SCHEMA', /^version: /],
    [
      'a newer version',
      { format: 'flowsteer-workflow', version: 2, workflow: {} },
      'E_UNSUPPORTED_VERSION',
      /version 2/,
    ],
    [
      'an older version with no migration',
      { format: 'flowsteer-workflow', version: 0 },
      'E_SCHEMA',
      /no migration/,
    ],
    ['a missing workflow', { format: 'flowsteer-workflow', version: 1 }, 'E_SCHEMA', /^workflow: /],
    [
      'a bad node kind',
      {
        format: 'flowsteer-workflow',
        version: 1,
        workflow: { nextId: 2, nodes: [{ kind: 'group', id: 'n1' }] },
      },
      'E_SCHEMA',
      /^workflow\.nodes\[0\]\.kind: /,
    ],
    [
      'a bad child',
      {
        format: 'flowsteer-workflow',
        version: 1,
        workflow: {
          nextId: 3,
          nodes: [{ kind: 'parallel', id: 'n1', children: [{ kind: 'operator', id: 7 }] }],
        },
      },
      'E_SCHEMA',
      /^workflow\.nodes\[0\]\.children\[0\]\.id: /,
    ],
    [
      'a bad layout',
      { ...toWorkflowFile(sample), layout: { n1: { x: 'a' } } },
      'E_SCHEMA',
      /^layout\.n1\.x: /,
    ],
  ])('refuses %s', (_name, json, code, message) => {
    const r = fromWorkflowFile(json, registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(message);
  });

  it('reports workflow invariants with the issues listed', () => {
    const bad = structuredClone(sample);
    const parallel = bad.nodes[1];
    if (parallel?.kind !== 'parallel') throw new Error('fixture');
    parallel.children[1] = { ...parallel.children[0]!, id: toNodeId('n4'), operator: 'ScEnsemble' };
    bad.nodes.push({
      kind: 'operator',
      id: toNodeId('n3'),
      operator: 'Wizard',
      prompt: { kind: 'template', id: 'x' },
    });
    const r = fromWorkflowFile(asJson(toWorkflowFile(bad)), registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('E_DUPLICATE_NODE_ID');
    expect(r.error.issues.map((i) => i.code)).toEqual([
      'E_DUPLICATE_NODE_ID',
      'E_ENSEMBLE_IN_PARALLEL',
      'E_UNKNOWN_OPERATOR',
    ]);
  });

  it('dispatches older versions through an injected migration table', () => {
    const legacy = { format: 'flowsteer-workflow', version: 0, title: 'Old', workflow: asJson(sample) };
    const r = fromWorkflowFile(legacy, registry, {
      migrations: { 0: ({ title, ...rest }) => ({ ...rest, name: title }) },
    });
    expect(r).toEqual({ ok: true, file: { workflow: sample, name: 'Old' } });
  });
});
