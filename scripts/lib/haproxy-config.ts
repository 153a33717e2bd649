/**
 * HAProxy in front of the web servers: round-robin, each server in rotation
 * only while its /readyz answers 200, the client's address appended to
 * X-Forwarded-For (the web servers trust exactly this one hop), and a fresh
 * X-Request-Id in place of any the client sent (the web servers keep it, so
 * the proxy's log and the app's name a request alike).
 *
 * A server leaves the rotation after three failed checks (6 s or more) and
 * comes back after two good ones: one slow answer on a busy machine is not an
 * outage. When every server is out, the proxy fails open to the same servers
 * unchecked (backup lines) rather than answer its own bare 503: a server whose
 * database is down serves the app's translated "try again" page, and one that
 * was only slow serves the page itself (decision 020).
 */
export function haproxyConfig(options: { listen: string; servers: { name: string; address: string }[] }): string {
  return [
    "global",
    "  maxconn 4096",
    "",
    "defaults",
    "  mode http",
    "  option forwardfor",
    "  option http-server-close",
    "  timeout connect 5s",
    "  timeout client 60s",
    "  timeout server 60s",
    // Longer than the app's own 5 s database probe, so its answer, not silence, decides.
    "  timeout check 6s",
    // A draining server finishes what it has; new requests go elsewhere.
    "  retries 2",
    "  option redispatch",
    "",
    "frontend web",
    `  bind ${options.listen}`,
    "  http-request set-header X-Request-Id %[uuid()]",
    "  default_backend app",
    "",
    "backend app",
    "  balance roundrobin",
    // A server killed as it took a request closes it unanswered: the proxy sends a GET again,
    // to another server, rather than its own bare 502. Never a POST: the dead server may
    // have acted on it.
    "  retry-on conn-failure empty-response",
    "  http-request disable-l7-retry unless METH_GET",
    "  option httpchk GET /readyz",
    "  http-check expect status 200",
    "  option allbackups",
    ...options.servers.map((server) => `  server ${server.name} ${server.address} check inter 2s fall 3 rise 2`),
    ...options.servers.map((server) => `  server ${server.name}-open ${server.address} backup`),
    "",
  ].join("\n");
}
