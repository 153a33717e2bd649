// Hostile requests to a server action: every way Next.js reads an action call
// (the browser's fetch with a Next-Action header, as multipart, text or
// url-encoded; a form posted without JavaScript, by $ACTION_ID_ or by
// $ACTION_REF_) filled with fields the action does not expect, of the wrong
// type, too long, or not even UTF-8.
import { Buffer } from "node:buffer";
import fc from "fast-check";

export type ActionRequest = { headers: Record<string, string>; body: Buffer; label: string };

const FIELD_NAMES = [
  ...["caseId", "stepId", "receiptId", "operator", "providerName", "simKind", "cardType", "phoneNumber", "orderNumber"],
  ...["nickname", "leavingOn", "notes", "note", "outcome", "title", "howTo", "whatToBring", "kind", "direction", "action"],
  ...["days", "counting", "noProofConfirmed", "text", "confirm", "snooze", "date", "muted", "everyDays", "count", "intent"],
  ...["channels", "token", "email", "password", "currentPassword", "newPassword", "newEmail", "callbackUrl", "locale"],
  ...["timeZone", "remindersEnabled", "$ACTION_KEY", "__proto__", "constructor", ""],
];

/** Words that steer a body past the first checks. Never a valid language, zone or "on": those would be valid requests. */
const NEAR_VALID = ["start", "resume", "complete", "wait", "giveUp", "reopen", "delete", "up", "down", "DONE", "create", "revoke", "both", "SMART", "ESIM", "true", "false", "7", "-1", "1e309", "NaN", "2026-02-30", "0000-00-00", "null", "[]", "{}", "$K1", "$@1", "$undefined"];

/** Raw bytes of a field value: text, undecodable UTF-8, huge or overlong. */
export function fieldValue(ids: string[]) {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }).map((text) => Buffer.from(text)),
    fc.constantFrom(...NEAR_VALID, ...ids).map((text) => Buffer.from(text)),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    fc.constantFrom(Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from("%FF%E0%A4%A")),
    fc.constantFrom(Buffer.alloc(5_000, "c"), Buffer.alloc(300_000, "x"), Buffer.from(`${ids[0] ?? "c"}${"0".repeat(4_000)}`)),
  );
}

type Part = { name: string; value: Buffer; file?: boolean };

function multipart(parts: Part[], truncateAt?: number): { body: Buffer; contentType: string } {
  const boundary = "----fuzz7MA4YWxkTrZu0gW";
  const chunks = parts.map(({ name, value, file }) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"`),
      Buffer.from(file ? `; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\n` : "\r\n\r\n"),
      value,
      Buffer.from("\r\n"),
    ]),
  );
  const body = Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
  return { body: truncateAt === undefined ? body : body.subarray(0, truncateAt % (body.length + 1)), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function actionRequest(actionId: string, ids: string[]): fc.Arbitrary<ActionRequest> {
  const fields = fc.array(
    fc.record({ name: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 30 })), value: fieldValue(ids), file: fc.nat(4).map((n) => n === 0) }),
    { maxLength: 8 },
  );
  const root = fc.oneof(
    fc.constantFrom('[{},"$K1"]', '["$K1"]', '["$K1",{}]', "[]", '[null,null]', '["$undefined","$K1"]', '[{},"$K9"]', '["$K1","$K1"]', '"$K1"', "{"),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? "null"),
  );
  const fetchHeaders = (contentType: string, id = actionId) => ({ "next-action": id, "content-type": contentType, accept: "text/x-component" });
  const truncate = fc.option(fc.nat(), { freq: 6 }).map((at) => at ?? undefined);
  return fc.oneof(
    // The browser's call: args as a root JSON array, the form's fields under a reference prefix.
    fc.tuple(root, fields, fc.constantFrom("1_", "2_", ""), truncate).map(([rootJson, parts, prefix, cut]) => {
      const { body, contentType } = multipart([{ name: "0", value: Buffer.from(rootJson) }, ...parts.map((part) => ({ ...part, name: `${prefix}${part.name}` }))], cut);
      return { headers: fetchHeaders(contentType), body, label: `fetch multipart ${rootJson.slice(0, 40)}` };
    }),
    // Args sent as plain text: any JSON, or none.
    fc.oneof(root, fc.string({ unit: "binary", maxLength: 300 })).map((text) => ({
      headers: fetchHeaders("text/plain;charset=UTF-8"),
      body: Buffer.from(text),
      label: "fetch text",
    })),
    // A url-encoded body, with bad percent-encoding.
    fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES, "%FF", "0"), fc.constantFrom("%FF", "%E0%A4%A", "%", "x", "%00", ...ids)), { maxLength: 5 }).map((pairs) => ({
      headers: fetchHeaders("application/x-www-form-urlencoded"),
      body: Buffer.from(pairs.map(([key, value]) => `${key}=${value}`).join("&")),
      label: "fetch urlencoded",
    })),
    // An unknown, overlong or malformed action id.
    fc.oneof(fc.stringMatching(/^[0-9a-f]{42}$/), fc.constant("f".repeat(5_000)), fc.string({ unit: "binary", maxLength: 50 }).map(encodeURIComponent)).map((id) => ({
      headers: fetchHeaders("text/plain;charset=UTF-8", id),
      body: Buffer.from("[]"),
      label: `unknown id ${id.slice(0, 20)}`,
    })),
    // A form posted without JavaScript, naming the action directly (then called with the form as its only argument).
    fc.tuple(fields, truncate).map(([parts, cut]) => {
      const { body, contentType } = multipart([{ name: `$ACTION_ID_${actionId}`, value: Buffer.alloc(0) }, ...parts], cut);
      return { headers: { "content-type": contentType }, body, label: "no-js $ACTION_ID_" };
    }),
    // A useActionState form posted without JavaScript: the action bound to a previous state, which can be anything.
    fc.tuple(fields, root).map(([parts, state]) => {
      const { body, contentType } = multipart([
        { name: "$ACTION_REF_1", value: Buffer.alloc(0) },
        { name: "$ACTION_1:0", value: Buffer.from(JSON.stringify({ id: actionId, bound: "$@1" })) },
        { name: "$ACTION_1:1", value: Buffer.from(state) },
        { name: "$ACTION_KEY", value: Buffer.from("k0") },
        ...parts,
      ]);
      return { headers: { "content-type": contentType }, body, label: `no-js $ACTION_REF_ ${state.slice(0, 40)}` };
    }),
  );
}
