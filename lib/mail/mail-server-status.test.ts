import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type * as MailServerStatus from "./mail-server-status";

let status: typeof MailServerStatus;

// The status is the process's own: each test gets a fresh copy of the module.
beforeEach(async () => {
  vi.resetModules();
  status = await import("./mail-server-status");
});
afterEach(() => status.noteMailServerAnswered());

const reset = new Error("read ECONNRESET");

it("marks the server away on a failure without an answer, and refuses sends at once until it answers", () => {
  status.noteMailServerUnreachable(reset, status.mailServerState());
  expect(status.mailServerReachable()).toBe(false);
  expect(() => status.assertMailServerReachable()).toThrow(status.MailServerUnavailableError);
  status.noteMailServerAnswered();
  expect(status.mailServerReachable()).toBe(true);
  expect(() => status.assertMailServerReachable()).not.toThrow();
});

it("is not marked back by a send that began before the server went away", () => {
  const accepted = status.mailServerState();
  const cut = status.mailServerState();
  status.noteMailServerUnreachable(reset, cut);
  // Accepted just before the crash, its answer arrives after the other's failure.
  status.noteMailServerAnswered(accepted);
  expect(status.mailServerReachable()).toBe(false);
});

it("is not marked away again by a send that began before it came back", () => {
  const stale = status.mailServerState();
  status.noteMailServerUnreachable(reset, status.mailServerState());
  status.noteMailServerAnswered();
  status.noteMailServerUnreachable(new Error("socket hang up"), stale);
  expect(status.mailServerReachable()).toBe(true);
  // A send begun since speaks for now.
  status.noteMailServerUnreachable(reset, status.mailServerState());
  expect(status.mailServerReachable()).toBe(false);
});

it("calls the listeners once each time the server comes back", () => {
  const back = vi.fn();
  status.onMailServerBack(back);
  const first = status.mailServerState();
  status.noteMailServerUnreachable(reset, first);
  status.noteMailServerUnreachable(reset, first);
  status.noteMailServerAnswered(first);
  status.noteMailServerAnswered();
  status.noteMailServerAnswered();
  expect(back).toHaveBeenCalledTimes(1);
});
