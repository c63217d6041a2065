import { isIP } from "node:net";

/** The request header our server (scripts/server.mjs) sets; anything a client sends under it is replaced. */
export const CLIENT_IP_HEADER = "x-kc-client-ip";

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For. 0 (none) unless set. */
export function trustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${value}").`);
  }
  return hops;
}

function plain(address) {
  const trimmed = String(address ?? "").trim();
  const unmapped = trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(unmapped) ? unmapped : null;
}

/**
 * The client's address. With no trusted proxy it is the socket's peer: X-Forwarded-For is the
 * client's to write. Behind N trusted proxies it is the address the outermost one appended
 * (N-th from the right); earlier entries are the client's own. Too few entries means the
 * set-up differs from the setting, so the socket's peer is used.
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  const socket = plain(socketAddress);
  if (!hops) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length < hops) return socket;
  return plain(chain[chain.length - hops]) ?? socket;
}
