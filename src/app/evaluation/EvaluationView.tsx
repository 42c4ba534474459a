import { useEffect, useMemo, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import { findImportedSet, importedSetLabel, isImportedSuite } from '../datasets/importedSets.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import {
  BASELINES,
  checkpointOption,
  currentWorkflowOption,
  CURRENT_WORKFLOW_ID,
  selectedSpecs,
} from './contenderCatalog.ts';
import { etaSeconds, type EvaluationSessionState } from './createEvaluationSession.ts';
import { EvaluationResultsTable } from './EvaluationResultsTable.tsx';
import { EvaluationSetupForm } from './EvaluationSetupForm.tsx';
import { reportOf, toCsv, toJson } from './evaluationExport.ts';
import { getEvaluationSession } from './evaluationSession.ts';
import { suitesOf } from './evaluationTable.ts';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Test-split sizes of the built-in suites, loaded with the suites (off the first paint). */
function useSuiteSizes(): Record<string, number> | null {
  const [sizes, setSizes] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../core/tasks/suites.ts').then((m) => {
      if (live) setSizes(Object.fromEntries(m.SUITE_NAMES.map((n) => [n, m.getSuite(n).test.length])));
    });
    return () => {
      live = false;
    };
  }, []);
  return sizes;
}

function statusText(s: EvaluationSessionState): string {
  const runs = `${s.done} / ${s.total} runs`;
  switch (s.phase) {
    case 'idle':
      return 'Not run yet';
    case 'running': {
      const eta = etaSeconds(s);
      const left = eta === null ? '' : ` · about ${Math.ceil(eta)} s left`;
      return `Evaluating ${s.current ?? '…'} · ${runs}${left}`;
    }
    case 'done':
      return `Finished: ${s.results.length} contenders, ${runs} in ${s.seconds.toFixed(1)} s`;
    case 'cancelled':
      return `Cancelled after ${runs}: ${s.results.length} contenders finished`;
    case 'failed':
      return `Failed: ${s.error ?? 'unknown error'}`;
    default:
      return assertNever(s.phase, 'evaluation phase');
  }
}

/** Progress, failures, the results table and its exports. */
function EvaluationResults({ session }: { session: StoreApi<EvaluationSessionState> }) {
  const state = useStore(session);
  const { request, results } = state;
  const suites = suitesOf(results, request?.taskSets.map((t) => t.suite) ?? []);
  const report = request
    ? reportOf(request, {
        status: state.phase === 'cancelled' ? 'cancelled' : 'done',
        seconds: state.seconds,
        results,
      })
    : null;
  return (
    <section className="evaluation-results" aria-label="Evaluation">
      <div className="evaluation-progress">
        <progress aria-label="Evaluation progress" max={Math.max(1, state.total)} value={state.done} />
        <span role="status" aria-label="Evaluation status" aria-live="polite">
          {statusText(state)}
        </span>
      </div>
      {state.failures.length > 0 ? (
        <ul className="evaluation-failures" aria-label="Contenders that failed">
          {state.failures.map((f) => (
            <li key={f.contenderId} className="error">
              {f.label}: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      {results.length > 0 ? (
        <>
          <EvaluationResultsTable results={results} suites={suites} />
          <p className="muted evaluation-hint">
            Mean score with its 95% interval (one sample per task, simulated profile “{request?.profile}”,
            seed {request?.seed}). Shortcut: fewer than 5 operators, no structure or no checker. Fixed
            workflows take no turns.
          </p>
          <div className="evaluation-actions">
            <button
              type="button"
              disabled={state.phase === 'running' || !report}
              onClick={() => report && download('evaluation.csv', toCsv(results, suites), 'text/csv')}
            >
              Export CSV
            </button>
            <button
              type="button"
              disabled={state.phase === 'running' || !report}
              onClick={() => report && download('evaluation.json', toJson(report), 'application/json')}
            >
              Export JSON
            </button>
          </div>
        </>
      ) : state.phase === 'running' ? (
        <p className="muted">Rows appear as each contender finishes.</p>
      ) : null}
    </section>
  );
}

/** The evaluation view: policies and workflows over task sets, against the baselines of SPEC §6. */
export function EvaluationView() {
  const session = getEvaluationSession();
  const dsl = useAppStore((s) => printWorkflow(s.workflow, s.registry));
  const setup = useStore(session, (s) => s.setup);
  const checkpoints = useStore(session, (s) => s.checkpoints);
  const sizes = useSuiteSizes();
  useEffect(() => {
    void session.getState().refreshCheckpoints();
  }, [session]);
  const yours = useMemo(
    () => [currentWorkflowOption(dsl), ...checkpoints.map(checkpointOption)],
    [dsl, checkpoints],
  );
  const disabled = useMemo(
    () => new Map(dsl === '' ? [[CURRENT_WORKFLOW_ID, 'The canvas is empty.']] : []),
    [dsl],
  );
  const picked = new Set(setup.contenders.filter((id) => !disabled.has(id)));
  const contenders = selectedSpecs([...yours, ...BASELINES], picked);
  const importedSets = useAppStore((s) => s.importedSets);
  const imported = useMemo(
    () => importedSets.map((s) => ({ suite: s.id, label: importedSetLabel(s) })),
    [importedSets],
  );
  // An imported set travels with the request (the worker has no copy); one removed since is left out.
  const taskSets = Object.entries(setup.sets)
    .filter(([suite, v]) => v.selected && (!isImportedSuite(suite) || findImportedSet(importedSets, suite)))
    .map(([suite, v]) => {
      const set = findImportedSet(importedSets, suite);
      return set ? { suite, limit: v.limit, tasks: set.tasks } : { suite, limit: v.limit };
    });
  const sizeOf = (suite: string): number | undefined =>
    findImportedSet(importedSets, suite)?.tasks.length ?? sizes?.[suite];
  const tasks = taskSets.reduce((a, t) => a + Math.min(t.limit, sizeOf(t.suite) ?? t.limit), 0);
  return (
    <div className="evaluation-view">
      <EvaluationSetupForm
        session={session}
        yours={yours}
        baselines={BASELINES}
        disabled={disabled}
        imported={imported}
        runs={contenders.length * tasks}
        onRun={() =>
          void session.getState().run({ taskSets, contenders, seed: setup.seed, profile: setup.profile })
        }
      />
      <EvaluationResults session={session} />
    </div>
  );
}
