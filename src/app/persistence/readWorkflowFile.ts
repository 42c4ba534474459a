import { fromWorkflowFile } from '../../core/graph/workflowFile.ts';
import type { Workflow } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';

/** The result of reading an imported file: the workflow, or a message that says what is wrong with it. */
export type ReadWorkflowFileResult =
  { ok: true; workflow: Workflow; name?: string } | { ok: false; message: string };

/** Reads the text of a workflow file (JSON, versioned, validated); never throws. */
export function readWorkflowFile(
  text: string,
  registry: OperatorRegistry,
  fileName = 'the file',
): ReadWorkflowFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `Import refused: ${fileName} is not valid JSON (${reason}). Your workflow is unchanged.`,
    };
  }
  const loaded = fromWorkflowFile(json, registry);
  if (!loaded.ok) {
    return {
      ok: false,
      message: `Import refused: ${fileName} is not a usable workflow file (${loaded.error.code}: ${loaded.error.message}). Your workflow is unchanged.`,
    };
  }
  return loaded.file.name === undefined
    ? { ok: true, workflow: loaded.file.workflow }
    : { ok: true, workflow: loaded.file.workflow, name: loaded.file.name };
}
