/** A request about the account the user can fix; `key` is a message under errors (e.g. "accountData.wrongPassword"). */
export class AccountDataError extends Error {
  override name = "AccountDataError";
  constructor(
    readonly key: string,
    readonly field: string = "form",
  ) {
    super(key);
  }
}
