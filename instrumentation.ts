// Runs once when the server starts: a bad environment stops it here, with one
// line naming the variable, rather than on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertServerEnv } = await import("@/lib/env/server-env");
    assertServerEnv();
  }
}
