import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import { isDecodableActionBody, isPossibleActionRequest, readBody } from "./action-body.mjs";

const BOUNDARY = "b0undary";
const multipartHeaders = (extra: Record<string, string> = {}) => ({ "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...extra });

function multipart(fields: [string, string][], { close = true } = {}) {
  const parts = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(parts.join("") + (close ? `--${BOUNDARY}--\r\n` : ""));
}

describe("isPossibleActionRequest", () => {
  it("takes what Next.js would run as an action, on pages only", () => {
    expect(isPossibleActionRequest({ method: "POST", url: "/cases/new", headers: { "next-action": "ab" } })).toBe(true);
    expect(isPossibleActionRequest({ method: "POST", url: "/cases/new", headers: multipartHeaders() })).toBe(true);
    expect(isPossibleActionRequest({ method: "POST", url: "/sign-in", headers: { "content-type": "application/x-www-form-urlencoded" } })).toBe(true);
    expect(isPossibleActionRequest({ method: "POST", url: "/api/cases/x/receipts", headers: multipartHeaders() })).toBe(false);
    expect(isPossibleActionRequest({ method: "GET", url: "/cases", headers: { "next-action": "ab" } })).toBe(false);
    expect(isPossibleActionRequest({ method: "POST", url: "/cases", headers: { "content-type": "application/json" } })).toBe(false);
  });
});

describe("isDecodableActionBody", () => {
  it("passes what a browser sends, with or without JavaScript", async () => {
    const fromBrowser = multipartHeaders({ "next-action": "ab" });
    expect(await isDecodableActionBody(fromBrowser, multipart([["1_email", "a@b.c"], ["0", '[{},"$K1"]']]))).toBe(true);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "text/plain;charset=UTF-8" }, Buffer.from("[]"))).toBe(true);
    const withoutJs = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"ab","bound":"$@1"}'], ["$ACTION_1:1", "[{}]"], ["email", "x"]]);
    expect(await isDecodableActionBody(multipartHeaders(), withoutJs)).toBe(true);
  });

  it("refuses a cut-off form, arguments that are not JSON, and a browser call without its root argument", async () => {
    const fromBrowser = multipartHeaders({ "next-action": "ab" });
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", "[]"]], { close: false }))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, Buffer.alloc(0))).toBe(false);
    const withoutFinalLineBreak = multipart([["$ACTION_ID_ab", ""]]).subarray(0, -1);
    expect(await isDecodableActionBody(multipartHeaders(), withoutFinalLineBreak)).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", "{"]]))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["1_email", "x"]]))).toBe(false);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "text/plain" }, Buffer.from(""))).toBe(false);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "text/plain" }, Buffer.from("null"))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '{"0":1}']]))).toBe(false);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "multipart/form-data" }, Buffer.from("x"))).toBe(false);
    expect(await isDecodableActionBody(multipartHeaders(), multipart([["$ACTION_1:1", "not json"]]))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", "[]"], ["", "x"]]))).toBe(false);
    const boundToNull = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"ab","bound":"$@1"}'], ["$ACTION_1:1", "null"]]);
    expect(await isDecodableActionBody(multipartHeaders(), boundToNull)).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '["$1"]']]))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '["$"]']]))).toBe(false);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '["$0"]']]))).toBe(false);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "text/plain" }, Buffer.from('[{"":"$"}]'))).toBe(false);
    expect(await isDecodableActionBody({ "next-action": "ab", "content-type": "text/plain" }, Buffer.from('[{"a":"$$"}, "$undefined"]'))).toBe(true);
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '["$1", "$$x", "$undefined"]'], ["1", "{}"]]))).toBe(true);
    // React reads any part whose name is a number (" ", "01", "1e0") as that chunk: it may not come twice.
    for (const name of [" ", "00", "1e0", "0"]) {
      expect(await isDecodableActionBody(fromBrowser, multipart([["0", '[{},"$K1"]'], [name, ""]])), JSON.stringify(name)).toBe(false);
    }
    expect(await isDecodableActionBody(fromBrowser, multipart([["0", '["$1"]'], ["1", "{}"], ["01", "{}"]]))).toBe(false);
    const boundToNothing = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"ab","bound":"$@2"}']]);
    expect(await isDecodableActionBody(multipartHeaders(), boundToNothing)).toBe(false);
  });
});

describe("readBody", () => {
  const request = () => new PassThrough() as unknown as IncomingMessage & PassThrough;

  it("reads the whole body, or gives up past the limit", async () => {
    const small = request();
    small.end(Buffer.from("[1]"));
    expect(await readBody(small, 10)).toEqual(Buffer.from("[1]"));
    const big = request();
    big.end(Buffer.alloc(11));
    expect(await readBody(big, 10)).toBeNull();
  });

  it("settles when the client goes away before the end", async () => {
    const cut = request();
    cut.write("[1");
    const read = readBody(cut, 10);
    cut.destroy();
    await expect(read).rejects.toThrow(/closed before/);
  });
});
