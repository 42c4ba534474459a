/**
 * The one catalogue of stable error codes. Codes never change meaning once shipped; messages say what to do.
 */
export const ERROR_CODES = {
  // DSL and workflow files
  E_PARSE: 'The workflow text could not be parsed.',
  E_SCHEMA: 'The workflow file does not match the schema.',
  E_UNSUPPORTED_VERSION: 'The file was written by a newer version of FlowSteer Studio.',
  E_DUPLICATE_NODE_ID: 'Two nodes of the workflow share one id.',
  E_BAD_NODE_ID: 'A node id is not of the form n1, n2, … below the workflow id counter.',
  // Actions
  E_ILLEGAL_ACTION: 'The action is not allowed in this state.',
  E_UNKNOWN_OPERATOR: 'No operator of that type is registered.',
  E_UNKNOWN_NODE: 'No node has that id.',
  E_BAD_POSITION: 'The position is outside the workflow.',
  E_BAD_ARITY: 'The structure has the wrong number of operators.',
  E_ENSEMBLE_IN_PARALLEL: 'Ensemble operators cannot be parallel branches.',
  E_NOT_A_CHECKER: 'The condition of a conditional must be a checker (Review, Verify or Test).',
  E_BAD_COUNT: 'A loop count must be an integer from 1 to 5.',
  E_NOT_TOP_LEVEL: 'Only top-level nodes can be deleted.',
  E_NOT_AN_OPERATOR: 'The target is a structure, not an operator.',
  E_PROMPT_TOO_SHORT: 'A prompt must have at least 5 characters.',
  E_UNKNOWN_TEMPLATE: 'The operator has no prompt template with that id.',
  E_CANVAS_FULL: 'The workflow has reached its maximum size.',
  E_EMPTY_WORKFLOW: 'The workflow has no nodes.',
  E_FINISH_REFUSED: 'The workflow does not yet meet the finish rule.',
  E_EPISODE_OVER: 'The episode has ended.',
  E_PROTOCOL: 'The action text could not be read.',
  // Registry
  E_DUPLICATE_OPERATOR: 'Two operators share one type.',
  // Execution
  E_OPERATOR_FAILED: 'The operator failed.',
  E_NODE_TIMEOUT: 'The node took longer than its timeout.',
  E_ABORTED: 'The run was stopped.',
  E_ENDPOINT_TIMEOUT: 'The endpoint did not answer in time.',
  E_ENDPOINT_AUTH: 'The endpoint rejected the API key: check the key (and that it belongs to this endpoint).',
  E_ENDPOINT_MODEL: 'The endpoint does not know that model: pick one from its model list.',
  E_ENDPOINT_UNREACHABLE:
    'The endpoint could not be reached: check the base URL, that the server runs, and CORS.',
  E_ENDPOINT_RATE_LIMIT: 'The endpoint kept answering "too many requests" after several retries.',
  E_ENDPOINT_SERVER: 'The endpoint kept failing with a server error after several retries.',
  E_ENDPOINT_BAD_RESPONSE: 'The endpoint sent an answer that is not a valid chat completion.',
  E_ENDPOINT_REQUEST: 'The endpoint refused the request as invalid.',
  E_REPLAY_MISS: 'The replay cache has no recorded answer for this call.',
  E_SANDBOX_SYNTAX: 'The Python code has a syntax error.',
  E_SANDBOX_RUNTIME: 'The Python code raised an error.',
  E_SANDBOX_TIMEOUT: 'The Python code ran past its time limit and was stopped.',
  E_SANDBOX_MEMORY: 'The Python code ran out of memory.',
  E_SANDBOX_UNAVAILABLE: 'The Python sandbox is not available.',
  // Tasks
  E_UNKNOWN_SUITE: 'No task suite has that name.',
  E_DATASET: 'The dataset file could not be read in the expected format.',
  // Policies
  E_CHECKPOINT: 'The policy checkpoint could not be read.',
  E_POLICY_UNAVAILABLE: 'That policy cannot run with the current backend.',
} as const;

/** A stable error code from {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error that carries a stable code; thrown only at I/O edges, returned as data inside the canvas. */
export class FlowSteerError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options);
    this.name = 'FlowSteerError';
    this.code = code;
  }
}
