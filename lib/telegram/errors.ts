/** The Bot API did not answer (getMe while creating a link): the page says to try again shortly. */
export class TelegramUnavailableError extends Error {
  override name = "TelegramUnavailableError";
}
