/**
 * A summary line's id, for a field that points at it instead of repeating the message. Not in
 * ErrorSummary.tsx: that is a client module, and a server component cannot call its exports.
 */
export const errorSummaryItemId = (field: string) => `${field}-blad-w-podsumowaniu`;
