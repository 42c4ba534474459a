import { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { WORKFLOW_FILE_MIGRATIONS, migrateDocument } from './migrations.ts';
import type { JsonDocument, MigrationTable } from './migrations.ts';
import { toNodeId } from './types.ts';
import type { Layout, Workflow } from './types.ts';
import { validateWorkflow } from './validateWorkflow.ts';
import type { WorkflowIssue } from './validateWorkflow.ts';

/** The `format` tag of workflow files. */
export const WORKFLOW_FILE_FORMAT = 'flowsteer-workflow';
/** The version this app writes; older versions are migrated on load. */
export const WORKFLOW_FILE_VERSION = 1;

const nodeIdSchema = z.string().transform(toNodeId);
const promptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), id: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
const operatorNodeSchema = z.object({
  kind: z.literal('operator'),
  id: nodeIdSchema,
  operator: z.string(),
  prompt: promptSchema,
});
const nodeSchema = z.discriminatedUnion('kind', [
  operatorNodeSchema,
  z.object({ kind: z.literal('parallel'), id: nodeIdSchema, children: z.array(operatorNodeSchema) }),
  z.object({
    kind: z.literal('conditional'),
    id: nodeIdSchema,
    checker: operatorNodeSchema,
    fix: operatorNodeSchema,
    otherwise: operatorNodeSchema.nullable(),
  }),
  z.object({
    kind: z.literal('loop'),
    id: nodeIdSchema,
    count: z.number(),
    children: z.array(operatorNodeSchema),
  }),
]);

/** The shape of a workflow (structural rules are checked by `validateWorkflow`, not here). */
export const workflowSchema = z.object({ nodes: z.array(nodeSchema), nextId: z.number().int().min(1) });

const layoutSchema = z
  .record(z.string(), z.object({ x: z.number(), y: z.number() }))
  .transform((layout) => layout as Layout);

/** The workflow file, version 1. */
export const workflowFileSchema = z.object({
  format: z.literal(WORKFLOW_FILE_FORMAT),
  version: z.literal(WORKFLOW_FILE_VERSION),
  name: z.string().optional(),
  workflow: workflowSchema,
  layout: layoutSchema.optional(),
});

/** A workflow file as written (JSON-ready). */
export interface WorkflowFile {
  format: typeof WORKFLOW_FILE_FORMAT;
  version: typeof WORKFLOW_FILE_VERSION;
  name?: string;
  workflow: Workflow;
  layout?: Layout;
}

/** A loaded, validated workflow file. */
export interface LoadedWorkflowFile {
  workflow: Workflow;
  name?: string;
  layout?: Layout;
}

/** Why a file was refused; `issues` lists the broken workflow invariants when the shape was right. */
export interface WorkflowFileError {
  code: ErrorCode;
  message: string;
  issues: WorkflowIssue[];
}

/** The result of {@link fromWorkflowFile}. */
export type FromWorkflowFileResult =
  { ok: true; file: LoadedWorkflowFile } | { ok: false; error: WorkflowFileError };

// Compile-time proof that the schema's output is the shared Workflow type.
const _schemaMatchesWorkflow = (w: z.output<typeof workflowSchema>): Workflow => w;

/** Wraps a workflow (deep-copied) and optional name and layout in the current file format. */
export function toWorkflowFile(w: Workflow, options: { name?: string; layout?: Layout } = {}): WorkflowFile {
  const file: WorkflowFile = {
    format: WORKFLOW_FILE_FORMAT,
    version: WORKFLOW_FILE_VERSION,
    workflow: structuredClone(w),
  };
  if (options.name !== undefined) file.name = options.name;
  if (options.layout !== undefined) file.layout = structuredClone(options.layout);
  return file;
}

const fail = (code: ErrorCode, message: string, issues: WorkflowIssue[] = []): FromWorkflowFileResult => ({
  ok: false,
  error: { code, message, issues },
});

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  ) || '(file)';

/**
 * Reads a parsed JSON value as a workflow file: checks format and version, migrates older versions, checks the
 * schema (E_SCHEMA names the path) and the workflow invariants. Never throws.
 */
export function fromWorkflowFile(
  json: unknown,
  registry: OperatorRegistry,
  options: { migrations?: MigrationTable } = {},
): FromWorkflowFileResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('E_SCHEMA', '(file): expected a JSON object with format "flowsteer-workflow".');
  }
  const doc = json as JsonDocument;
  if (doc['format'] !== WORKFLOW_FILE_FORMAT) {
    return fail(
      'E_SCHEMA',
      `format: expected "${WORKFLOW_FILE_FORMAT}", got ${JSON.stringify(doc['format']) ?? 'nothing'}.`,
    );
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('E_SCHEMA', `version: expected a whole number, got ${JSON.stringify(version) ?? 'nothing'}.`);
  }
  const migrated = migrateDocument(
    doc,
    version,
    WORKFLOW_FILE_VERSION,
    options.migrations ?? WORKFLOW_FILE_MIGRATIONS,
  );
  if (!migrated.ok) return fail(migrated.code, migrated.message);
  const parsed = workflowFileSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const message = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${pathText(issue.path)}: ${issue.message}`)
      .join('; ');
    return fail('E_SCHEMA', message);
  }
  const { workflow, name, layout } = parsed.data;
  const issues = validateWorkflow(workflow, registry);
  const first = issues[0];
  if (first) return fail(first.code, issues.map((i) => i.message).join(' '), issues);
  const file: LoadedWorkflowFile = { workflow };
  if (name !== undefined) file.name = name;
  if (layout !== undefined) file.layout = layout;
  return { ok: true, file };
}
