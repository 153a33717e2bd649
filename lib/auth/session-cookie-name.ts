/** Both names Auth.js may use; the __Secure- one when served over https. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The one session cookie Auth.js reads for a request, chosen as Auth.js
 * chooses it: by the request's X-Forwarded-Proto (Next.js sets it), https
 * when absent. Reading the other name too would let a cookie planted over
 * plain http sign a visitor of the https site into someone else's account.
 */
export function sessionCookieName(forwardedProto: string | null): (typeof SESSION_COOKIE_NAMES)[number] {
  const protocol = (forwardedProto ?? "https").split(",")[0]!.trim().replace(/:$/, "").toLowerCase();
  return protocol === "https" ? SESSION_COOKIE_NAMES[0] : SESSION_COOKIE_NAMES[1];
}
