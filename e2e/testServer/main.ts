import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TestServerScript } from './TestServerScript.ts';
import { startTestServer } from './startTestServer.ts';

// CLI for Playwright's webServer: `tsx e2e/testServer/main.ts --port 5174 [--key K] [--script file.json]`.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    key: { type: 'string' },
    script: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, not ${values.port ?? ''}`);
  process.exit(2);
}
const script: TestServerScript =
  values.script === undefined ? {} : (JSON.parse(readFileSync(values.script, 'utf8')) as TestServerScript);
if (values.key !== undefined) script.requiredKey = values.key;

const server = await startTestServer({ port, script });
console.log(`FlowSteer test server on ${server.url} (OpenAI-compatible base URL: ${server.baseUrl})`);

const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
