import { useEffect, useRef } from 'react';
import { useRunController } from '../run/RunControllerContext.tsx';
import { useSuiteTasks } from '../run/useSuiteTasks.ts';
import { TaskFields } from '../run/TaskFields.tsx';
import { DatasetImportRow } from '../datasets/DatasetImportRow.tsx';
import { useAppStore } from '../store/AppStoreContext.tsx';

const PHASE_TEXT = {
  idle: 'Not run yet',
  running: 'Running…',
  succeeded: 'Finished',
  failed: 'Finished without an answer',
  stopped: 'Stopped',
} as const;

/** The bottom panel: pick a task, run or stop, watch the streamed events, see the answer and its score. */
export function RunPanel() {
  const controller = useRunController();
  const suite = useAppStore((s) => s.suite);
  const taskIndex = useAppStore((s) => s.taskIndex);
  const phase = useAppStore((s) => s.runPhase);
  const log = useAppStore((s) => s.runLog);
  const answer = useAppStore((s) => s.answer);
  const score = useAppStore((s) => s.score);
  const runError = useAppStore((s) => s.runError);
  const tasks = useSuiteTasks(suite);
  const size = tasks?.length ?? 0;
  const task = tasks?.[taskIndex];
  const logRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log]);
  return (
    <section className="run-panel" aria-label="Run">
      <div className="row">
        <TaskFields size={size} />
        <button
          type="button"
          onClick={() => void controller.start()}
          disabled={phase === 'running'}
          title="Ctrl+Enter"
        >
          Run workflow
        </button>
        <button type="button" onClick={() => controller.stop()} disabled={phase !== 'running'} title="Escape">
          Stop
        </button>
        <output aria-label="Run status" className={`phase phase-${phase}`}>
          {PHASE_TEXT[phase]}
        </output>
      </div>
      <DatasetImportRow />
      <p className="question" data-testid="task-question" title={task?.question}>
        {tasks === null ? 'Loading tasks…' : task ? task.question : 'No task at this index.'}
      </p>
      <ol ref={logRef} className="run-log" role="log" aria-label="Run events" aria-live="off">
        {log.map((line) => (
          <li key={line.id} className={`log-${line.kind}`}>
            {line.text}
          </li>
        ))}
      </ol>
      <dl className="run-result">
        <dt>Answer</dt>
        <dd data-testid="run-answer">{answer ?? '—'}</dd>
        <dt>Score</dt>
        <dd data-testid="run-score">{score === null ? '—' : score.toFixed(2)}</dd>
      </dl>
      {runError ? <p className="error">{runError}</p> : null}
    </section>
  );
}
