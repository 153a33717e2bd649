// The web process of `npm start` and `npm run dev`: Next.js's request handler
// behind a plain node:http server. Only here is the TCP socket in reach, so
// this is where the client's address, the same-origin rule for writes,
// undecodable URLs and server action bodies are settled, before any Next.js
// code reads a header.
// Run by scripts/lib/run-app.ts with a validated environment.
// See docs/decisions/018-web-server.md.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import { setTimeout } from "node:timers";
import { URL } from "node:url";
import pino from "pino";
import { createLogger } from "../lib/log/create-logger.mjs";
import { routeConsoleToLog } from "./lib/console-to-log.mjs";
import { isDecodableActionBody, isPossibleActionRequest, readBody, replayRequest } from "./lib/action-body.mjs";
import { answerOutageWith503 } from "./lib/outage-response.mjs";
import { createRefusalPages } from "./lib/refusal-page.mjs";
import { guardRequest, parseTrustedProxyHops } from "./lib/request-guard.mjs";

const dev = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const appOrigin = new URL(process.env.APP_URL ?? `http://localhost:${port}`).origin;
const trustedProxyHops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

// App code marks the request it serves when the database is away, and logs
// under its id (lib/http/request-state.ts, lib/log/create-logger.mjs).
const requestState = new AsyncLocalStorage();
globalThis[Symbol.for("simcase.request-state")] = requestState;
const log = createLogger({
  level: process.env.LOG_LEVEL,
  fields: () => ({ component: "web", requestId: requestState.getStore()?.requestId }),
  destination: pino.destination({ dest: 1, sync: true }),
});
// In production every line is JSON, Next.js's own too; in development its
// coloured lines (compiling, errors with code frames) are for the person reading them.
if (!dev) routeConsoleToLog(log);
// Loaded only now, so that no part of Next.js keeps a console method from before.
const { default: next } = await import("next");

const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const sendRefusal = createRefusalPages();

const server = createServer((req, res) => {
  const { refuse, requestId } = guardRequest(req, { appOrigin, trustedProxyHops });
  // Quoted in a support request, it finds this request's lines and its jobs' in the logs.
  res.setHeader("X-Request-Id", requestId);
  if (refuse) {
    // A refused body is never read: drain it so the socket can be reused.
    req.resume();
    return sendRefusal(req, res, refuse);
  }
  const state = { databaseUnavailable: false, requestId };
  answerOutageWith503(res, state, () => {
    // The swap drops every header Next.js set; the id stays.
    res.setHeader("X-Request-Id", requestId);
    sendRefusal(req, res, 503);
  });
  const serve = (request = req) =>
    requestState.run(state, () => {
      handle(request, res).catch((error) => {
        log.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  if (!isPossibleActionRequest(req)) return serve();
  // A server action's body is read and checked here: Next.js would answer an undecodable one with a 500.
  void readBody(req)
    .then(
      async (body) => {
        if (body === null) return sendRefusal(req, res, 413);
        if (!(await isDecodableActionBody(req.headers, body))) return sendRefusal(req, res, 400, "badForm");
        serve(replayRequest(req, body));
      },
      () => res.destroy(),
    )
    .catch((error) => {
      log.error({ err: error }, "action request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});
server.listen(port, () => log.info(`web: listening on port ${port} (${dev ? "development" : "production"})`));

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(0), 10_000).unref();
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
