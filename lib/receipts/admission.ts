import "server-only";

export type Ticket = { release(): void };

/**
 * Counts work under way in this process, per user and in all, and turns away
 * what is over either limit (the caller answers 429). Per process: N web
 * servers take N times as many.
 */
export function createAdmission(limits: { perUser: number; perProcess: number }): (userId: string) => Ticket | null {
  const perUser = new Map<string, number>();
  let total = 0;
  return (userId) => {
    const mine = perUser.get(userId) ?? 0;
    if (mine >= limits.perUser || total >= limits.perProcess) return null;
    perUser.set(userId, mine + 1);
    total += 1;
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        total -= 1;
        const left = (perUser.get(userId) ?? 1) - 1;
        if (left > 0) perUser.set(userId, left);
        else perUser.delete(userId);
      },
    };
  };
}
