/** The case (or step) does not exist, or is not the acting user's: the same answer for both. */
export class CaseNotFoundError extends Error {
  override name = "CaseNotFoundError";
  constructor() {
    super("This case does not exist, or is not yours.");
  }
}

/** A request the case's rules refuse; the message is for the user. */
export class CaseRuleError extends Error {
  override name = "CaseRuleError";
}
