import type { EvaluationReport } from '../core/training/evaluateWorkflow.ts';
import type { CliIo } from './CliIo.ts';
import type { BackendName, LlmBackend } from './createLlmBackend.ts';

/** What `run` prints: the evaluation plus where the tasks came from and which backend answered. */
export interface RunSummary {
  json: boolean;
  workflow: string;
  source: { suite: string } | { dataset: string; file: string; imported: number };
  backend: { name: BackendName; id: string; seed: number; endpointCalls: number; cacheFile: string | null };
  failures: ReturnType<LlmBackend['failures']>;
  report: EvaluationReport;
}

/**
 * Prints a run as text or as one JSON object (no timings, so a seeded simulated run prints the same bytes twice);
 * failed LLM calls go to stderr with the first error, since their tasks were scored 0.
 */
export function printRunReport(io: CliIo, summary: RunSummary): void {
  const { report, source, backend, failures } = summary;
  if (failures.count > 0 && failures.first !== null) {
    io.err(
      `${failures.first.code}: ${failures.first.message}\n` +
        `(${failures.count} LLM calls failed; the score counts what those runs answered without them)`,
    );
  }
  if (summary.json) {
    io.out(
      JSON.stringify({
        workflow: summary.workflow,
        ...source,
        backend: backend.name,
        backendId: backend.id,
        seed: backend.seed,
        score: report.score,
        n: report.n,
        interval: [report.interval.low, report.interval.high],
        tokens: report.tokens.total,
        tokenDetail: report.tokens,
        llmCalls: report.llmCalls,
        endpointCalls: backend.endpointCalls,
        llmFailures: failures.count,
        ...(backend.cacheFile !== null ? { cache: backend.cacheFile } : {}),
        perTask: report.perTask.map((t) => ({ id: t.id, score: t.score, answer: t.answer })),
      }),
    );
    return;
  }
  const tasks =
    'suite' in source
      ? `${source.suite} (test split, ${report.n} tasks)`
      : `${source.dataset} from ${source.file} (${report.n} of ${source.imported} tasks)`;
  io.out(`workflow  ${summary.workflow}`);
  io.out(`tasks     ${tasks}`);
  io.out(
    backend.name === 'simulated'
      ? `backend   ${backend.id} (seed ${backend.seed})`
      : `backend   ${backend.id}, ${backend.endpointCalls} calls sent to the endpoint` +
          (backend.cacheFile !== null ? `, cache ${backend.cacheFile}` : ''),
  );
  io.out(
    `score     ${report.score.toFixed(3)}  (95% interval ${report.interval.low.toFixed(3)}–${report.interval.high.toFixed(3)})`,
  );
  io.out(
    `tokens    ${report.tokens.total} (${(report.tokens.total / Math.max(1, report.n)).toFixed(0)} per task, ${report.llmCalls} LLM calls)`,
  );
}
