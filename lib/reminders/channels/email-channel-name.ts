/** The email channel's name, as reminders' delivery records carry it. */
export const EMAIL_CHANNEL = "email";
