/**
 * Is this error the database being out of reach (stopped, restarting, network gone), rather
 * than a bug? Such a failure passes by itself, so people are told to wait a moment, never shown
 * the driver's message (it names the database host and port).
 */

/** Seconds a browser or proxy is asked to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 30;

/** The neutral code put in a sign-in URL instead of the database's message. */
export const UNAVAILABLE_SIGN_IN_CODE = "Niedostepne";

// Prisma's connection codes: can't reach, timed out, closed, pool timeout, server gone.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Node's and PostgreSQL's: refused, reset, timed out, unknown host, shutting down, cannot connect now.
const systemCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const messages = [
  /can't reach database server/i,
  /connection terminated/i,
  /connection refused/i,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN/,
  /server closed the connection/i,
  /the database system is (starting up|shutting down)/i,
  /terminating connection due to administrator command/i,
  /timed out fetching a new connection/i,
  /DatabaseNotReachable|DatabaseUnavailable/,
];

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const record = asRecord(error);
  if (!record || depth > 5) return false;
  for (const key of ["code", "errno"]) {
    const code = record[key];
    if (typeof code === "string" && (prismaCodes.has(code) || systemCodes.has(code))) return true;
  }
  // Prisma's driver adapters: DriverAdapterError carries { kind: "DatabaseNotReachable" | … } in .cause.
  const kind = record.kind;
  if (typeof kind === "string" && /NotReachable|Unavailable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(kind)) return true;
  const message = record.message;
  if (typeof message === "string" && messages.some((pattern) => pattern.test(message))) return true;
  if (record.name === "PrismaClientInitializationError") return true;
  if (Array.isArray(record.errors) && record.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(record.cause, depth + 1);
}
