import { toWorkflowFile } from '../../core/graph/workflowFile.ts';
import { readWorkflowFile } from '../persistence/readWorkflowFile.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { FileImportButton } from './FileImportButton.tsx';

/** Id of the hidden file input, so Ctrl+O can open the same chooser as the button. */
export const IMPORT_INPUT_ID = 'workflow-import-input';

/** Saves the current workflow as a versioned JSON file (no secrets: a workflow holds none). */
export function exportWorkflow(workflow: Parameters<typeof toWorkflowFile>[0]): void {
  const blob = new Blob([`${JSON.stringify(toWorkflowFile(workflow), null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'workflow.flowsteer.json';
  a.click();
  URL.revokeObjectURL(url);
}

/** Undo, redo, import and export of the workflow. */
export function Toolbar() {
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const registry = useAppStore((s) => s.registry);
  const workflow = useAppStore((s) => s.workflow);
  const replaceWorkflow = useAppStore((s) => s.replaceWorkflow);
  const setNotice = useAppStore((s) => s.setNotice);
  const onFile = async (file: File) => {
    const result = readWorkflowFile(await file.text(), registry, `“${file.name}”`);
    if (result.ok) {
      replaceWorkflow(result.workflow, { notice: { kind: 'info', text: `Imported “${file.name}”.` } });
    } else {
      setNotice({ kind: 'error', text: result.message });
    }
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Workflow">
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Y or Ctrl+Shift+Z)">
        Redo
      </button>
      <FileImportButton
        label="Import workflow"
        title="Import a workflow file (Ctrl+O)"
        inputLabel="Workflow file to import"
        inputId={IMPORT_INPUT_ID}
        accept=".json,application/json"
        onFiles={(files) => void onFile(files[0] as File)}
      />
      <button
        type="button"
        onClick={() => exportWorkflow(workflow)}
        title="Export a workflow file (Ctrl+Shift+S)"
      >
        Export workflow
      </button>
    </div>
  );
}
