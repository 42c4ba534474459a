/** The Python half of the sandbox runner (defines `run(code, stdin, filename, module_name)`). */
export declare const PYTHON_RUNNER_SOURCE: string;
