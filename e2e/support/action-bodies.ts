// Hostile requests to a server action: every way Next.js reads an action call
// (the browser's fetch with a Next-Action header, as multipart, text or
// url-encoded; a form posted without JavaScript, by $ACTION_ID_ or by
// $ACTION_REF_) filled with fields the action does not expect, of the wrong
// type, too long, or not even UTF-8. And well-formed calls naming another
// user's case: encoded as the browser's own, so that only ownership refuses them.
import { Buffer } from "node:buffer";
import fc from "fast-check";

export type ActionRequest = { headers: Record<string, string>; body: Buffer; label: string };

const FIELD_NAMES = [
  ...["caseId", "stepId", "receiptId", "operator", "providerName", "simKind", "cardType", "phoneNumber", "orderNumber"],
  ...["nickname", "leavingOn", "notes", "note", "outcome", "title", "howTo", "whatToBring", "kind", "direction", "swapWith", "action"],
  ...["days", "counting", "noProofConfirmed", "text", "confirm", "snooze", "date", "muted", "everyDays", "count", "intent"],
  ...["channels", "token", "email", "password", "currentPassword", "newPassword", "newEmail", "callbackUrl", "locale"],
  ...["timeZone", "remindersEnabled", "submissionKey", "$ACTION_KEY", "__proto__", "constructor", ""],
];

/** Words that steer a body past the first checks. Never a valid language, zone, calendar intent or "on": those would be valid requests of the user's own account. */
const NEAR_VALID = ["start", "resume", "complete", "wait", "giveUp", "reopen", "delete", "up", "down", "DONE", "Create", "revoke ", "both", "SMART", "ESIM", "true", "false", "7", "-1", "1e309", "NaN", "2026-02-30", "0000-00-00", "null", "[]", "{}", "$K1", "$@1", "$undefined"];

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

/**
 * A form passed as an action's argument, encoded as React's client does
 * (processReply): its fields under "_1_" (the "$K1" reference's prefix), then
 * the root "0" last, since the server resolves the arguments as soon as "0"
 * arrives and a field after it is dropped.
 */
export function clientFormBody(fields: Part[], args = '[{},"$K1"]', truncateAt?: number) {
  return multipart([...fields.map((field) => ({ ...field, name: `_1_${field.name}` })), { name: "0", value: Buffer.from(args) }], truncateAt);
}

const fetchHeaders = (actionId: string, contentType: string) => ({ "next-action": actionId, "content-type": contentType, accept: "text/x-component" });

/** Another user's rows, by id: a case with its steps and a receipt. */
export type OtherUser = { caseId: string; stepIds: string[]; receiptId: string };

const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
const words = fc.constantFrom("Passport copy", "Shop visit", "Call the operator", "护照复印件", "ច្បាប់ចម្លងលិខិតឆ្លងដែន");
const optionalWords = fc.oneof(fc.constant(""), words);
const digit = (from: number, to: number) => fc.integer({ min: from, max: to }).map(String);

/**
 * A valid value for every field of every case form (fields an action does not
 * read are ignored), with the other user's ids: the schema passes, and the
 * domain's `where: { id, ownerId }` is all that stands between the caller and their case.
 */
function crossUserFields(other: OtherUser): fc.Arbitrary<Part[]> {
  return fc
    .record({
      caseId: fc.constant(other.caseId),
      stepId: fc.constantFrom(...other.stepIds),
      swapWith: fc.constantFrom(...other.stepIds),
      receiptId: fc.constant(other.receiptId),
      outcome: fc.constantFrom("DONE", "SKIPPED"),
      ...{ note: optionalWords, title: words, howTo: optionalWords, whatToBring: optionalWords, text: words },
      ...{ kind: fc.constantFrom("CHECK", "PROCEDURE", ""), direction: fc.constantFrom("up", "down") },
      action: fc.constantFrom("start", "resume", "flagNeedsAction", "giveUp", "reopen", "wait", "complete"),
      ...{ days: digit(1, 7), counting: fc.constantFrom("CALENDAR", "WORKING"), noProofConfirmed: fc.constantFrom("on", "") },
      ...{ confirm: fc.constant("delete"), muted: fc.constantFrom("true", "false"), everyDays: digit(1, 7), count: digit(0, 10) },
      // A snooze date inside its window: one outside it is refused before ownership is looked at.
      ...{ snooze: fc.constantFrom("1", "3", "date"), date: digit(2, 20).map((days) => isoDay(Number(days))) },
      ...{ providerName: optionalWords, cardType: fc.constantFrom("THREE_DAY", "SEVEN_DAY", "MONTHLY", "OTHER") },
      ...{ phoneNumber: fc.constantFrom("012 345 678", "+855 97 765 4321", "0889998877"), orderNumber: optionalWords },
      ...{ nickname: optionalWords, leavingOn: fc.constantFrom("", isoDay(30), isoDay(-30)), notes: optionalWords },
      // A create form's key: claimed inside the refused transaction, so it must leave nothing behind either.
      submissionKey: fc.uuid({ version: 4 }),
    })
    .map((fields) => Object.entries(fields).map(([name, value]) => ({ name, value: Buffer.from(value) })));
}

/** A well-formed call of a case action, as a browser sends it, naming another user's case, step or receipt. */
export function crossUserRequest(actionId: string, other: OtherUser): fc.Arbitrary<ActionRequest> {
  return fc.tuple(crossUserFields(other), fc.constantFrom('[{},"$K1"]', '["$undefined","$K1"]')).map(([fields, args]) => {
    const { body, contentType } = clientFormBody(fields, args);
    return { headers: fetchHeaders(actionId, contentType), body, label: `cross-user ${args}` };
  });
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
  const truncate = fc.option(fc.nat(), { freq: 6 }).map((at) => at ?? undefined);
  return fc.oneof(
    // The browser's call, encoded as React's client does: the hostile fields reach the action's schema.
    fc.tuple(root, fields, truncate).map(([rootJson, parts, cut]) => {
      const { body, contentType } = clientFormBody(parts, rootJson, cut);
      return { headers: fetchHeaders(actionId, contentType), body, label: `fetch multipart ${rootJson.slice(0, 40)}` };
    }),
    // The same with the root first, or the fields under a prefix no reference has: the decoder's edges.
    fc.tuple(root, fields, fc.constantFrom("_1_", "_2_", "1_", ""), truncate).map(([rootJson, parts, prefix, cut]) => {
      const { body, contentType } = multipart([{ name: "0", value: Buffer.from(rootJson) }, ...parts.map((part) => ({ ...part, name: `${prefix}${part.name}` }))], cut);
      return { headers: fetchHeaders(actionId, contentType), body, label: `fetch multipart, root first, "${prefix}" ${rootJson.slice(0, 40)}` };
    }),
    // Args sent as plain text: any JSON, or none.
    fc.oneof(root, fc.string({ unit: "binary", maxLength: 300 })).map((text) => ({
      headers: fetchHeaders(actionId, "text/plain;charset=UTF-8"),
      body: Buffer.from(text),
      label: "fetch text",
    })),
    // A url-encoded body, with bad percent-encoding.
    fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES, "%FF", "0"), fc.constantFrom("%FF", "%E0%A4%A", "%", "x", "%00", ...ids)), { maxLength: 5 }).map((pairs) => ({
      headers: fetchHeaders(actionId, "application/x-www-form-urlencoded"),
      body: Buffer.from(pairs.map(([key, value]) => `${key}=${value}`).join("&")),
      label: "fetch urlencoded",
    })),
    // An unknown, overlong or malformed action id.
    fc.oneof(fc.stringMatching(/^[0-9a-f]{42}$/), fc.constant("f".repeat(5_000)), fc.string({ unit: "binary", maxLength: 50 }).map(encodeURIComponent)).map((id) => ({
      headers: fetchHeaders(id, "text/plain;charset=UTF-8"),
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
