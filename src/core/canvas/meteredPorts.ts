import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import { linkSignals } from './abortHelpers.ts';
import type { ExecutorEvent } from './events.ts';
import type { NodeId } from '../graph/types.ts';

/** Run-wide spending, summed over every node (cached hits add nothing). */
export interface RunTotals {
  promptTokens: number;
  completionTokens: number;
  /** Tokens the calls served from the node cache spent when they ran. */
  cachedPromptTokens: number;
  cachedCompletionTokens: number;
  costUsd: number;
  llmCalls: number;
  sandboxCalls: number;
  sandboxMs: number;
}

/** One node call's spending, plus whether an LLM call threw (the `llm` error type). */
export interface CallMeter {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  llmFailed: boolean;
  /** Set when the call is over (finished, timed out, aborted): late answers are then ignored. */
  closed: boolean;
}

/** Where the metered ports report. */
export interface MeterSite {
  runId: string;
  nodeId: NodeId;
  operator: string;
  branch: number;
  pass: number;
  clock: Clock;
  signal: AbortSignal;
  totals: RunTotals;
  meter: CallMeter;
  emit(event: ExecutorEvent): void;
}

/** Wraps the LLM port for one node call: the node's signal reaches every request, and spending is counted. */
export function meterLlm(llm: LlmClient, site: MeterSite): LlmClient {
  const at = {
    runId: site.runId,
    nodeId: site.nodeId,
    operator: site.operator,
    branch: site.branch,
    pass: site.pass,
  };
  return {
    id: llm.id,
    async complete(request) {
      const linked = linkSignals(request.signal, site.signal);
      const started = site.clock.now();
      try {
        const response = await llm.complete({
          ...request,
          signal: linked.signal,
          onToken: (delta) => {
            request.onToken?.(delta);
            if (!site.meter.closed) site.emit({ type: 'tokensStreamed', ...at, delta });
          },
        });
        if (!site.meter.closed) {
          const { meter, totals } = site;
          meter.promptTokens += response.usage.promptTokens;
          meter.completionTokens += response.usage.completionTokens;
          meter.costUsd += response.costUsd;
          totals.promptTokens += response.usage.promptTokens;
          totals.completionTokens += response.usage.completionTokens;
          totals.costUsd += response.costUsd;
          totals.llmCalls += 1;
          site.emit({
            type: 'llmCalled',
            ...at,
            purpose: request.purpose,
            attempt: request.hints.attempt,
            model: response.model,
            usage: response.usage,
            costUsd: response.costUsd,
            durationMs: site.clock.now() - started,
          });
        }
        return response;
      } catch (error) {
        site.meter.llmFailed = true;
        throw error;
      } finally {
        linked.dispose();
      }
    },
  };
}

/** Wraps the sandbox port for one node call: linked abort, call count and time. The executor never disposes it. */
export function meterSandbox(sandbox: CodeSandbox, site: MeterSite): CodeSandbox {
  const at = {
    runId: site.runId,
    nodeId: site.nodeId,
    operator: site.operator,
    branch: site.branch,
    pass: site.pass,
  };
  return {
    async run(request) {
      const linked = linkSignals(request.signal, site.signal);
      const started = site.clock.now();
      try {
        const result = await sandbox.run({ ...request, signal: linked.signal });
        if (!site.meter.closed) {
          const durationMs = site.clock.now() - started;
          site.totals.sandboxCalls += 1;
          site.totals.sandboxMs += durationMs;
          site.emit({
            type: 'sandboxCalled',
            ...at,
            ok: result.ok,
            ...(result.ok ? {} : { errorType: result.errorType }),
            durationMs,
          });
        }
        return result;
      } finally {
        linked.dispose();
      }
    },
    dispose: () => Promise.resolve(),
  };
}
