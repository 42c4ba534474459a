import type { ExecutorEvent } from '../../core/canvas/events.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import type { NodeStatus } from '../canvas/toFlowElements.ts';
import type { RunLogLine } from '../store/runSlice.ts';

/** What one executor event changes: a node's status (and failure message) and a line for the run log. */
export interface EventEffect {
  node?: { id: string; status: NodeStatus; message?: string };
  line?: Omit<RunLogLine, 'id'>;
  /** A streamed text delta, appended to the node's streaming line. */
  tokens?: { nodeId: string; delta: string };
}

const where = (e: { nodeId: string; operator: string; branch: number; pass: number }): string =>
  `${e.nodeId} ${e.operator}${e.pass > 0 ? ` (pass ${e.pass + 1})` : ''}`;

/** Maps an executor event to its effect on the run panel and canvas; pure, so it is tested without a page. */
export function describeEvent(event: ExecutorEvent): EventEffect {
  switch (event.type) {
    case 'runStarted':
      return { line: { kind: 'info', text: `Run started on task ${event.taskId}` } };
    case 'nodeStarted':
      return {
        node: { id: event.nodeId, status: 'running' },
        line: { kind: 'info', text: `${where(event)} started` },
      };
    case 'nodeFinished':
      return {
        node: { id: event.nodeId, status: 'succeeded' },
        line: { kind: 'ok', text: `${where(event)}: ${event.summary}${event.cached ? ' (cached)' : ''}` },
      };
    case 'nodeFailed':
      // A node cut short by Stop did not fail: it is drawn like a node that never ran.
      if (event.code === 'E_ABORTED') {
        return {
          node: { id: event.nodeId, status: 'skipped', message: 'Stopped before it finished.' },
          line: { kind: 'info', text: `${where(event)} stopped` },
        };
      }
      return {
        node: { id: event.nodeId, status: 'failed', message: `${event.code}: ${event.message}` },
        line: { kind: 'error', text: `${where(event)} failed: ${event.code}: ${event.message}` },
      };
    case 'nodeSkipped':
      return {
        node: { id: event.nodeId, status: 'skipped' },
        line: { kind: 'info', text: `${where(event)} skipped: ${event.reason}` },
      };
    case 'structureFinished': {
      const status: NodeStatus =
        event.status === 'succeeded' ? 'succeeded' : event.status === 'failed' ? 'failed' : 'skipped';
      return {
        node: { id: event.nodeId, status },
        line: { kind: 'info', text: `${event.nodeId} ${event.kind}: ${event.summary}` },
      };
    }
    case 'llmCalled':
      return {
        line: {
          kind: 'info',
          text: `${where(event)} called ${event.model} (${event.purpose}, ${event.usage.promptTokens}+${event.usage.completionTokens} tokens)`,
        },
      };
    case 'tokensStreamed':
      return { tokens: { nodeId: event.nodeId, delta: event.delta } };
    case 'sandboxCalled':
      return {
        line: {
          kind: event.ok ? 'info' : 'error',
          text: `${where(event)} ran Python in ${Math.round(event.durationMs)} ms: ${event.ok ? 'ok' : (event.errorType ?? 'failed')}`,
        },
      };
    case 'runFinished':
      return {
        line: {
          kind:
            event.result.status === 'succeeded' ? 'ok' : event.result.status === 'aborted' ? 'info' : 'error',
          text: `Run ${event.result.status}: answer ${event.result.answer === null ? '(none)' : JSON.stringify(event.result.answer)}`,
        },
      };
    default:
      return assertNever(event, 'executor event');
  }
}
