import { describe, expect, it } from 'vitest';
import { toNodeId } from '../../core/graph/types.ts';
import { describeEvent } from './describeEvent.ts';

const site = { runId: 'r', nodeId: toNodeId('n2'), operator: 'Custom', branch: 0, pass: 1 };

describe('describeEvent', () => {
  it('marks a node running, then succeeded or failed with its message', () => {
    expect(describeEvent({ type: 'nodeStarted', ...site })).toMatchObject({
      node: { id: 'n2', status: 'running' },
      line: { text: 'n2 Custom (pass 2) started' },
    });
    const failed = describeEvent({
      type: 'nodeFailed',
      ...site,
      code: 'E_NODE_TIMEOUT',
      message: 'too slow',
      output: {} as never,
      signals: {},
      durationMs: 1,
      tokens: { prompt: 0, completion: 0 },
      costUsd: 0,
    });
    expect(failed.node).toEqual({ id: 'n2', status: 'failed', message: 'E_NODE_TIMEOUT: too slow' });
    expect(failed.line?.kind).toBe('error');
  });

  it('draws a node cut short by Stop as not run, not as failed', () => {
    const stopped = describeEvent({
      type: 'nodeFailed',
      ...site,
      code: 'E_ABORTED',
      message: 'The run was stopped.',
      output: {} as never,
      signals: {},
      durationMs: 1,
      tokens: { prompt: 0, completion: 0 },
      costUsd: 0,
    });
    expect(stopped.node?.status).toBe('skipped');
    expect(stopped.line?.kind).toBe('info');
  });

  it('streams tokens apart from the log lines, and greys out a branch not taken', () => {
    expect(describeEvent({ type: 'tokensStreamed', ...site, delta: 'abc' })).toEqual({
      tokens: { nodeId: 'n2', delta: 'abc' },
    });
    expect(describeEvent({ type: 'nodeSkipped', ...site, reason: 'check passed' }).node?.status).toBe(
      'skipped',
    );
  });

  it('gives a finished structure the status the executor reports', () => {
    const loop = describeEvent({
      type: 'structureFinished',
      runId: 'r',
      nodeId: toNodeId('n4'),
      kind: 'loop',
      status: 'aborted',
      summary: 'stopped',
    });
    expect(loop.node).toEqual({ id: 'n4', status: 'skipped' });
  });
});
