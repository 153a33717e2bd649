import { describe, expect, it } from "vitest";
import { consoleLine } from "./console-to-log.mjs";

describe("a console call as a log line", () => {
  it("keeps Next.js's error apart from its glyph and colours: the message in msg, the error whole in err", () => {
    const error = new TypeError("fetch failed");
    const line = consoleLine(["\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m", error]);
    expect(line).toEqual({ err: error, msg: "fetch failed" });
  });

  it("puts the words before an error in front of its message", () => {
    const error = new Error("socket hang up");
    expect(consoleLine(["failed to forward action response", error])).toEqual({ err: error, msg: "failed to forward action response: socket hang up" });
    expect(consoleLine(["⨯ unhandledRejection:", error]).msg).toBe("unhandledRejection: socket hang up");
  });

  it("formats everything else as console.log would, on one line of msg", () => {
    expect(consoleLine(["\u001b[33m⚠\u001b[39m Invalid %s found: %d", "option", 2])).toEqual({ msg: "Invalid option found: 2" });
    expect(consoleLine([{ a: 1 }])).toEqual({ msg: "{ a: 1 }" });
    expect(consoleLine([])).toEqual({ msg: "" });
    // A glyph that is part of the words, not a prefix, stays.
    expect(consoleLine(["✓✓ done"]).msg).toBe("✓✓ done");
  });
});
