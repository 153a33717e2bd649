import { describe, expect, it } from "vitest";
import { createAdmission } from "./admission";

describe("createAdmission", () => {
  it("turns away work over the per-user and the per-process limits, and takes it again once released", () => {
    const admit = createAdmission({ perUser: 1, perProcess: 2 });
    const a = admit("a");
    expect(a).not.toBeNull();
    expect(admit("a")).toBeNull();
    const b = admit("b");
    expect(b).not.toBeNull();
    expect(admit("c")).toBeNull();
    a!.release();
    // Released twice counts once.
    a!.release();
    expect(admit("c")).not.toBeNull();
    expect(admit("a")).toBeNull();
    b!.release();
    expect(admit("a")).not.toBeNull();
  });
});
