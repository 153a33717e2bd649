import type { IncomingMessage } from "node:http";

export const ACTION_BODY_LIMIT: number;
export function isPossibleActionRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean;
export function readBody(req: IncomingMessage, limit?: number): Promise<Buffer | null>;
export function isDecodableActionBody(headers: IncomingMessage["headers"], body: Buffer): Promise<boolean>;
export function replayRequest(req: IncomingMessage, body: Buffer): IncomingMessage;
