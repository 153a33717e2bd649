/**
 * Where "now" comes from. Domain functions take `now` as a parameter; process
 * entry points pass the system clock, tests pass whatever time they need.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at `at`, or moved by hand: for tests. */
export function manualClock(at: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = at.getTime();
  return {
    now: () => new Date(current),
    set: (next) => {
      current = next.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** Always the same instant. */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/** The system clock moved by `offsetMs`: time still flows, from another starting point. */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}
