/**
 * Where "now" comes from. Domain functions take `now` as a parameter; process
 * entry points pass the system clock, tests pass whatever time they need.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** Always the same instant. */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/** The system clock moved by `offsetMs`: time still flows, from another starting point. */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}
