/** Prisma's P2025: the record a write required was not there (or not matched by the filter). */
export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}
