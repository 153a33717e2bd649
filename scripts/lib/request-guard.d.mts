import type { IncomingMessage } from "node:http";

export const MAX_URL_LENGTH: number;
export function parseTrustedProxyHops(value: string | undefined): number;
export function resolveClient(
  headers: IncomingMessage["headers"],
  socket: { remoteAddress?: string; encrypted?: boolean },
  hops: number,
): { ip: string; host: string | undefined; proto: string };
export function rewriteForwardingHeaders(req: IncomingMessage, hops: number): ReturnType<typeof resolveClient>;
export function assignRequestId(req: Pick<IncomingMessage, "headers">, hops: number): string;
export function isDecodableUrl(url: string): boolean;
export function isAllowedWrite(req: Pick<IncomingMessage, "method" | "url" | "headers">, appOrigin: string): boolean;
export function guardRequest(
  req: IncomingMessage,
  options: { appOrigin: string; trustedProxyHops: number },
): { refuse: 400 | 403 | null; requestId: string };
