/** The case (or step) does not exist, or is not the acting user's: the same answer for both. */
export class CaseNotFoundError extends Error {
  override name = "CaseNotFoundError";
  readonly key = "cases.notFound";
  constructor() {
    super("cases.notFound");
  }
}

/**
 * A request the case's rules refuse. It carries a key of the "errors" messages
 * (and the values the message needs), never a sentence: the edge translates it.
 */
export class CaseRuleError extends Error {
  override name = "CaseRuleError";
  constructor(
    readonly key: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
  }
}
