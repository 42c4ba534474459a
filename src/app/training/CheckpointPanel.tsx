import { useState } from 'react';
import { download, fromModelFiles, toModelFiles } from './modelFiles.ts';
import { useTrainingContext, useTrainingSession } from './TrainingSessionContext.tsx';
import { FileImportButton } from '../panels/FileImportButton.tsx';

/** Saved checkpoints (IndexedDB): export in tfjs format, import a model.json + weights pair. */
export function CheckpointPanel() {
  const { session } = useTrainingContext();
  const checkpoints = useTrainingSession((s) => s.checkpoints);
  const [note, setNote] = useState<string | null>(null);

  const exportOne = async (name: string): Promise<void> => {
    try {
      download(toModelFiles(`flowsteer-policy-${name}`, await session.getState().exportCheckpoint(name)));
      setNote(`Exported ${name} (model.json + weights.bin).`);
    } catch (e) {
      setNote(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const importFiles = async (files: File[]): Promise<void> => {
    try {
      const { name, artifacts } = await fromModelFiles(files);
      await session.getState().importCheckpoint(name, artifacts);
      setNote(`Imported ${name}: it can be watched from the policy list.`);
    } catch (e) {
      setNote(`Import failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section className="training-checkpoints" aria-label="Checkpoints">
      <h3>Checkpoints</h3>
      {checkpoints.length === 0 && <p className="training-note">No checkpoint saved yet.</p>}
      <ul>
        {checkpoints.map((name) => (
          <li key={name}>
            <span>{name}</span>
            <button type="button" aria-label={`Export ${name}`} onClick={() => void exportOne(name)}>
              Export
            </button>
          </li>
        ))}
      </ul>
      <FileImportButton
        label="Import model…"
        inputLabel="Import model files"
        accept=".json,.bin"
        multiple
        onFiles={(files) => void importFiles(files)}
      />
      {note && (
        <p className="training-note" role="status" aria-label="Checkpoint message">
          {note}
        </p>
      )}
    </section>
  );
}
