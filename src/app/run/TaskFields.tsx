import { useAppStore } from '../store/AppStoreContext.tsx';
import { importedSetLabel } from '../datasets/importedSets.ts';
import { RUN_SUITES } from '../store/runSlice.ts';

/**
 * The suite and task-index fields that pick the task a run or a watched episode uses (the run slice's pick, shared
 * by the Run and Watch tabs). `size` is the suite's test-split length, once loaded.
 */
export function TaskFields({ size }: { size: number }) {
  const suite = useAppStore((s) => s.suite);
  const taskIndex = useAppStore((s) => s.taskIndex);
  const setTask = useAppStore((s) => s.setRunTask);
  const imported = useAppStore((s) => s.importedSets);
  return (
    <>
      <label>
        Suite{' '}
        <select
          aria-label="Suite"
          value={suite}
          onChange={(e) => setTask({ suite: e.target.value, taskIndex: 0 })}
        >
          {RUN_SUITES.map((name) => (
            <option key={name} value={name}>
              {name} (test)
            </option>
          ))}
          {imported.map((set) => (
            <option key={set.id} value={set.id}>
              {importedSetLabel(set)}
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
