// Requests from a loopback address of the test's own choosing (127.x.y.z), so
// the server sees a client address no other test shares, with any headers,
// forged ones included. Playwright's request context cannot pick a source address.
import { randomInt } from "node:crypto";
import http from "node:http";
import { E2E_PORT } from "./paths";

export const APP_ORIGIN = `http://localhost:${E2E_PORT}`;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function randomLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function rawRequest(options: {
  from: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        localAddress: options.from,
        family: 4,
        method: options.method ?? "GET",
        path: options.path,
        headers: { host: `localhost:${E2E_PORT}`, ...options.headers },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/**
 * One password sign-in through Auth.js's own credentials endpoint, as a form
 * post from our origin; returns the outcome Auth.js reports in its redirect
 * ("invalid", "throttled:15", or "ok").
 */
export async function credentialsSignIn(from: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await rawRequest({ from, path: "/api/auth/csrf" });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  const response = await rawRequest({
    from,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { origin: APP_ORIGIN, cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
  });
  const location = response.headers.location ?? "";
  return new URL(location, APP_ORIGIN).searchParams.get("code") ?? (response.status === 302 ? "ok" : `status ${response.status}`);
}
