/**
 * What app code tells the web server (scripts/web-server.mjs) about the
 * request it is serving, through the AsyncLocalStorage the server runs each
 * request in. Outside that server (tests, a bare `next start`) it is a no-op.
 */
type RequestState = { databaseUnavailable: boolean; requestId?: string };

const KEY = Symbol.for("simcase.request-state");

function currentState(): RequestState | undefined {
  const storage = (globalThis as { [KEY]?: { getStore(): RequestState | undefined } })[KEY];
  return storage?.getStore();
}

/** The response becomes a 503 "try again in a moment" page if it would have been an error. */
export function markDatabaseUnavailable(): void {
  const state = currentState();
  if (state) state.databaseUnavailable = true;
}
