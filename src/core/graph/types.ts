/**
 * The workflow model of SPEC §1: an ordered list of top-level nodes run left to right.
 * Structures do not nest; ids are stable and never reused (the workflow carries its own id counter).
 */
export type NodeId = string & { readonly __brand: 'NodeId' };

/** Makes a NodeId from its text form (`n1`, `n2`, …). */
export const toNodeId = (value: string): NodeId => value as NodeId;

/** A node's prompt: one of its operator's templates, or free text (≥ 5 characters). */
export type PromptRef = { kind: 'template'; id: string } | { kind: 'text'; text: string };

/** One operator with its prompt. */
export interface OperatorNode {
  kind: 'operator';
  id: NodeId;
  operator: string;
  prompt: PromptRef;
}

/** 2–3 operator children that receive the same input and run concurrently; their outputs form a list. */
export interface ParallelNode {
  kind: 'parallel';
  id: NodeId;
  children: OperatorNode[];
}

/** `checker ? fix : otherwise`; the fix runs when the check FAILS. `otherwise: null` is `done`. */
export interface ConditionalNode {
  kind: 'conditional';
  id: NodeId;
  checker: OperatorNode;
  fix: OperatorNode;
  otherwise: OperatorNode | null;
}

/** 1–2 operator children repeated `count` (1–5) times; each pass feeds the next. */
export interface LoopNode {
  kind: 'loop';
  id: NodeId;
  count: number;
  children: OperatorNode[];
}

export type WorkflowNode = OperatorNode | ParallelNode | ConditionalNode | LoopNode;
export type StructureKind = Exclude<WorkflowNode['kind'], 'operator'>;

/** A workflow: nodes in order, and the next free id number so ids are never reused after a delete. */
export interface Workflow {
  nodes: WorkflowNode[];
  nextId: number;
}

/** Screen positions live beside the graph; validation, reward, hashing and the policy never read them. */
export type Layout = Record<NodeId, { x: number; y: number }>;

/** The empty workflow every episode starts from. */
export const emptyWorkflow = (): Workflow => ({ nodes: [], nextId: 1 });
