/**
 * The client's address for throttling. The web server (scripts/web-server.mjs)
 * replaces whatever X-Forwarded-For the client sent with the one address it
 * trusts: the socket's, or the one TRUSTED_PROXY_HOPS names. So there is one
 * entry; should a second ever appear (the app run some other way), the first
 * is taken, which at worst puts clients in one shared bucket.
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
