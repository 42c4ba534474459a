import { useId } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { EXAMPLE_WORKFLOWS } from '../examples.ts';

/** The workflow as text: edits here redraw the canvas; canvas edits rewrite the text. */
export function DslEditor() {
  const dslText = useAppStore((s) => s.dslText);
  const dslError = useAppStore((s) => s.dslError);
  const setDslText = useAppStore((s) => s.setDslText);
  const textId = useId();
  const errorId = useId();
  return (
    <section className="dsl-editor" aria-label="Workflow text">
      <div className="row">
        <label htmlFor={textId}>Workflow text (DSL)</label>
        <select
          aria-label="Load an example workflow"
          value=""
          onChange={(e) => {
            if (e.target.value !== '') setDslText(e.target.value);
          }}
        >
          <option value="">Load an example…</option>
          {EXAMPLE_WORKFLOWS.map((ex) => (
            <option key={ex.name} value={ex.dsl}>
              {ex.name}
            </option>
          ))}
        </select>
      </div>
      <textarea
        id={textId}
        spellCheck={false}
        value={dslText}
        aria-invalid={dslError !== null}
        aria-describedby={dslError ? errorId : undefined}
        onChange={(e) => setDslText(e.target.value)}
        placeholder="Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format"
      />
      {dslError ? (
        <p id={errorId} role="alert" className="error">
          {dslError}
        </p>
      ) : null}
    </section>
  );
}
