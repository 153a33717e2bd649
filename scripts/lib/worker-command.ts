/**
 * How the worker process is started everywhere: `npm run worker` (package.json
 * says the same), `npm start`, `npm run cluster`, the tests and the benchmark.
 *
 * The old-space cap keeps the worker's memory near what it uses. Left to
 * itself V8 lets garbage pile up to a large share of the machine's memory
 * before collecting it: sending 100,000 reminders took the worker from 130 MB
 * to 380 MB RSS, and to 220 MB with this cap at the same speed. No job holds
 * more than a batch of rows and one message at a time.
 */
export const WORKER_HEAP_MB = 160;

export const WORKER_NODE_ARGS = [`--max-old-space-size=${WORKER_HEAP_MB}`, "--conditions=react-server", "--import", "tsx", "worker.ts"];
