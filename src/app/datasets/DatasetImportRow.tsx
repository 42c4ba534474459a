import { useContext, useState } from 'react';
import {
  DATASET_NAMES,
  describeDataset,
  FOLDER_DATASETS,
} from '../../core/tasks/importers/describeDataset.ts';
import { FileImportButton } from '../panels/FileImportButton.tsx';
import { AppStoreContext, useAppStore } from '../store/AppStoreContext.tsx';
import { importedSetLabel } from './importedSets.ts';
import type { PickedFile } from './importDatasetFiles.ts';

const ACCEPT = '.jsonl,.json,.csv,.parquet,.txt,application/json';

/**
 * Imports a benchmark file (or folder) in its original format with the CLI's importers, so its tasks join the task
 * picker beside the built-in suites and stay across reloads; the picked set can be removed again.
 */
export function DatasetImportRow() {
  const api = useContext(AppStoreContext);
  if (!api) throw new Error('DatasetImportRow needs an AppStoreContext provider');
  const suite = useAppStore((s) => s.suite);
  const sets = useAppStore((s) => s.importedSets);
  const [dataset, setDataset] = useState<string>('gsm8k');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const picked = sets.find((s) => s.id === suite);
  const format = describeDataset(dataset);

  const onFiles = async (files: File[]): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const texts: PickedFile[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, relativePath: f.webkitRelativePath, text: await f.text() })),
      );
      // The importers bring their distractor generators and metrics: load them on the first import only.
      const { importDatasetFiles } = await import('./importDatasetFiles.ts');
      const state = api.getState();
      const result = importDatasetFiles(
        dataset,
        texts,
        state.importedSets.map((s) => s.id),
      );
      if (!result.ok) {
        setMessage({ ok: false, text: result.message });
        return;
      }
      state.addImportedSet(result.set);
      state.setRunTask({ suite: result.set.id, taskIndex: 0 });
      setMessage({ ok: true, text: result.message });
    } catch (error) {
      setMessage({
        ok: false,
        text: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row dataset-import">
      <label>
        Dataset format{' '}
        <select aria-label="Dataset format" value={dataset} onChange={(e) => setDataset(e.target.value)}>
          {DATASET_NAMES.map((name) => (
            <option key={name} value={name}>
              {describeDataset(name).title}
            </option>
          ))}
        </select>
      </label>
      <FileImportButton
        label={busy ? 'Importing…' : 'Import dataset'}
        inputLabel="Dataset file to import"
        accept={ACCEPT}
        title={`${format.title}: ${format.input}`}
        onFiles={(files) => void onFiles(files)}
      />
      {FOLDER_DATASETS.has(dataset) && (
        <FileImportButton
          label="Import dataset folder"
          inputLabel="Dataset folder to import"
          accept=""
          directory
          onFiles={(files) => void onFiles(files)}
        />
      )}
      {picked && (
        <button
          type="button"
          onClick={() => {
            api.getState().removeImportedSet(picked.id);
            setMessage({ ok: true, text: `Removed ${importedSetLabel(picked)}.` });
          }}
        >
          Remove imported set
        </button>
      )}
      {message &&
        (message.ok ? (
          <span role="status" className="muted">
            {message.text}
          </span>
        ) : (
          <span role="alert" className="error">
            {message.text}
          </span>
        ))}
    </div>
  );
}
