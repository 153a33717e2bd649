import { describe, expect, it } from "vitest";
import { detectFileType, extensionMatches, nameClaimsReceiptType } from "./detect-file-type";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

describe("detectFileType", () => {
  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "rest")],
    ["png", bytes("\x89PNG\r\n\x1a\n", "rest")],
    ["webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
    ["heic", bytes([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0])],
    ["heic", bytes([0, 0, 0, 24], "ftypmif1", [0, 0, 0, 0])],
    ["pdf", bytes("%PDF-1.7\n")],
  ])("reads %s from the content", (type, content) => {
    expect(detectFileType(content)).toBe(type);
  });

  it.each([
    ["empty", bytes()],
    ["svg", bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ["html", bytes("<!doctype html>")],
    ["zip", bytes([0x50, 0x4b, 0x03, 0x04])],
    ["gif", bytes("GIF89a")],
    ["mp4 (ftyp but not HEIF)", bytes([0, 0, 0, 24], "ftypisom", [0, 0, 0, 0])],
    ["a JPEG signature cut short", bytes([0xff, 0xd8])],
  ])("refuses %s", (_name, content) => {
    expect(detectFileType(content)).toBeNull();
  });

  it("checks the name's extension against the content's type", () => {
    expect(extensionMatches("IMG_0001.JPG", "jpeg")).toBe(true);
    expect(extensionMatches("photo.jpeg", "jpeg")).toBe(true);
    expect(extensionMatches("photo.png", "jpeg")).toBe(false);
    expect(extensionMatches("scan.heif", "heic")).toBe(true);
    expect(extensionMatches("receipt.pdf.exe", "pdf")).toBe(false);
  });

  it("tells a name that claims a photo or PDF from one that does not", () => {
    for (const name of ["IMG_0001.HEIC", "scan.heif", "a.jpg", "b.JPEG", "c.png", "d.webp", "收据.pdf"]) expect(nameClaimsReceiptType(name), name).toBe(true);
    for (const name of ["notes.txt", "receipt.svg", "receipt.pdf.exe", "heic", "photo"]) expect(nameClaimsReceiptType(name), name).toBe(false);
  });
});
