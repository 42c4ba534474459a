import { useId, useMemo, useState } from 'react';
import { legalActionMask } from '../../core/actions/legalActionMask.ts';
import { findNode } from '../../core/graph/workflowQueries.ts';
import type { OperatorNode } from '../../core/graph/types.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { deleteSelection } from './deleteSelection.ts';

/** The selected node: its run status, operator (legal choices only), prompt, and delete. */
export function NodeInspector() {
  const selectedId = useAppStore((s) => s.selectedId);
  const workflow = useAppStore((s) => s.workflow);
  const status = useAppStore((s) => (s.selectedId ? s.nodeStatus[s.selectedId] : undefined));
  const message = useAppStore((s) => (s.selectedId ? s.nodeMessages[s.selectedId] : undefined));
  const found = selectedId ? findNode(workflow, selectedId) : undefined;
  if (!found || !selectedId) {
    return <p className="muted">Select a node on the canvas to inspect and edit it.</p>;
  }
  const { node } = found;
  return (
    <section aria-label="Selected node" className="node-inspector">
      <h2>
        {node.kind === 'operator' ? node.operator : node.kind === 'loop' ? `Loop ×${node.count}` : node.kind}{' '}
        <span className="muted">({node.id})</span>
      </h2>
      {status ? (
        <p className={`run-status status-${status}`} data-testid="node-status">
          Last run: {status}
        </p>
      ) : null}
      {message ? <p className="error">{message}</p> : null}
      {node.kind === 'operator' ? <OperatorFields key={node.id} node={node} /> : null}
      <DeleteButton />
    </section>
  );
}

function DeleteButton() {
  const selectedId = useAppStore((s) => s.selectedId);
  const workflow = useAppStore((s) => s.workflow);
  const edit = useAppStore((s) => s.edit);
  const found = selectedId ? findNode(workflow, selectedId) : undefined;
  const whole = found && found.slot !== 'top' ? ' (whole structure)' : '';
  return (
    <button type="button" onClick={() => deleteSelection({ selectedId, workflow, edit })}>
      Delete node{whole}
    </button>
  );
}

function OperatorFields({ node }: { node: OperatorNode }) {
  const registry = useAppStore((s) => s.registry);
  const workflow = useAppStore((s) => s.workflow);
  const edit = useAppStore((s) => s.edit);
  const actionContext = useAppStore((s) => s.actionContext);
  const [text, setText] = useState(node.prompt.kind === 'text' ? node.prompt.text : '');
  const operatorId = useId();
  const templateId = useId();
  const textId = useId();
  const legal = useMemo(() => {
    const mask = legalActionMask(workflow, actionContext(), registry);
    const target = mask.modifyOperator.targets.find((t) => t.id === node.id);
    return mask.operators.filter((_, i) => target?.operator[i] === true);
  }, [workflow, registry, actionContext, node.id]);
  const choices = legal.includes(node.operator) ? legal : [node.operator, ...legal];
  const templates = registry.get(node.operator)?.templates ?? [];
  return (
    <div className="fields">
      <label htmlFor={operatorId}>Operator</label>
      <select
        id={operatorId}
        value={node.operator}
        onChange={(e) => edit({ type: 'modifyOperator', target: node.id, operator: e.target.value })}
      >
        {choices.map((op) => (
          <option key={op} value={op}>
            {op}
          </option>
        ))}
      </select>
      <label htmlFor={templateId}>Prompt template</label>
      <select
        id={templateId}
        value={node.prompt.kind === 'template' ? node.prompt.id : ''}
        onChange={(e) => {
          if (e.target.value !== '')
            edit({ type: 'setPrompt', target: node.id, prompt: { kind: 'template', id: e.target.value } });
        }}
      >
        <option value="">Custom text</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id} title={t.text}>
            {t.title}
          </option>
        ))}
      </select>
      <label htmlFor={textId}>Prompt text</label>
      <textarea
        id={textId}
        value={text}
        placeholder="Write an instruction (at least 5 characters)"
        onChange={(e) => setText(e.target.value)}
      />
      <button
        type="button"
        onClick={() => edit({ type: 'setPrompt', target: node.id, prompt: { kind: 'text', text } })}
      >
        Apply prompt
      </button>
    </div>
  );
}
