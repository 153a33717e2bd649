/**
 * CSRF guard for state-changing route handlers (server actions have their own).
 * A browser always sends Origin on a cross-site POST; when it is missing we fall
 * back to Sec-Fetch-Site, and refuse when neither says "same origin".
 */
export function isSameOrigin(request: Request, appOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === appOrigin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Wraps a route handler so that a state-changing request from another origin gets 403. */
export function sameOriginOnly<R extends Request, Args extends unknown[]>(
  appOrigin: () => string,
  handler: (request: R, ...args: Args) => Promise<Response> | Response,
) {
  return async (request: R, ...args: Args): Promise<Response> => {
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request, appOrigin())) {
      return new Response("Cross-origin request refused", { status: 403 });
    }
    return handler(request, ...args);
  };
}
