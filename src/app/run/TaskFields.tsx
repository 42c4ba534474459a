import { useAppStore } from '../store/AppStoreContext.tsx';
import { RUN_SUITES, type RunSuite } from '../store/runSlice.ts';

/**
 * The suite and task-index fields that pick the task a run or a watched episode uses (the run slice's pick, shared
 * by the Run and Watch tabs). `size` is the suite's test-split length, once loaded.
 */
export function TaskFields({ size }: { size: number }) {
  const suite = useAppStore((s) => s.suite);
  const taskIndex = useAppStore((s) => s.taskIndex);
  const setTask = useAppStore((s) => s.setRunTask);
  return (
    <>
      <label>
        Suite{' '}
        <select
          aria-label="Suite"
          value={suite}
          onChange={(e) => setTask({ suite: e.target.value as RunSuite, taskIndex: 0 })}
        >
          {RUN_SUITES.map((name) => (
            <option key={name} value={name}>
              {name} (test)
            </option>
          ))}
        </select>
      </label>
      <label>
        Task{' '}
        <input
          aria-label="Task index"
          type="number"
          min={0}
          max={Math.max(0, size - 1)}
          value={taskIndex}
          onChange={(e) => setTask({ taskIndex: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
        />
        <span className="muted"> of {size}</span>
      </label>
    </>
  );
}
