/** What every "does not exist, or is not yours" refusal looks like: one answer for both. */
export const NOT_FOUND = { name: "UserError", status: 404 } as const;
