import "server-only";

/**
 * The Auth.js endpoints this app uses over HTTP: the session and CSRF token,
 * the password sign-in's callback and sign-out (the app's own forms call
 * Auth.js in-process from server actions, so they need none of these).
 * Everything else Auth.js answers is for providers the app does not have
 * (OAuth callbacks, WebAuthn, email links) or its built-in pages, and some of
 * those log an error-level line for any anonymous request: a plain 404 stops
 * them before Auth.js, so the error log stays for faults of our own.
 */
const OFFERED: Record<string, ReadonlySet<string>> = {
  GET: new Set(["csrf", "session", "providers", "signin", "error"]),
  POST: new Set(["callback/credentials", "signout"]),
};

export function isOfferedAuthEndpoint(method: string, pathname: string): boolean {
  const action = /^\/api\/auth\/(.+?)\/?$/.exec(pathname)?.[1];
  const verb = method === "HEAD" ? "GET" : method;
  return action !== undefined && (OFFERED[verb]?.has(action) ?? false);
}

/** Wraps Auth.js's route handler so that only the endpoints above reach it. */
export function onlyOfferedAuthEndpoints<R extends Request>(handler: (request: R) => Promise<Response>) {
  return (request: R): Promise<Response> =>
    isOfferedAuthEndpoint(request.method, new URL(request.url).pathname) ? handler(request) : Promise.resolve(new Response("Not found", { status: 404 }));
}
