import { describe, expect, it } from "vitest";
import { formText } from "./form-text";

describe("formText", () => {
  it("reads a text field, and a missing field or a file as empty", () => {
    const form = new FormData();
    form.append("name", "Dara");
    form.append("photo", new Blob(["x"]), "photo.jpg");
    expect(formText(form, "name")).toBe("Dara");
    expect(formText(form, "photo")).toBe("");
    expect(formText(form, "missing")).toBe("");
  });

  it("reads an action called without a form, or with something else in its place, as an empty form", () => {
    for (const notAForm of [undefined, null, {}, "name=Dara", { get: () => "forged" }, [["name", "Dara"]]]) {
      expect(formText(notAForm, "name")).toBe("");
    }
  });
});
