/**
 * The client's address for throttling. The rightmost X-Forwarded-For entry is
 * the one added by the nearest proxy (or by Next itself when there is none),
 * so a client cannot pick it by sending its own header through a proxy.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
