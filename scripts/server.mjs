// The production server: Next's request handler behind a plain HTTP server, so the client's
// address comes from the socket (or from the proxies the operator trusts), never from a header
// the client wrote (`next start` keeps a client-sent X-Forwarded-For), and prerendered pages
// go out with a Cache-Control a shared cache can use (cache-policy.mjs).
import http from "node:http";
import next from "next";
import { applyCachePolicy } from "./cache-policy.mjs";
import { CLIENT_IP_HEADER, clientAddress, trustedProxyHops } from "./client-ip.mjs";

const port = Number(process.env.PORT || 3000);
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], hops);
  if (address) request.headers[CLIENT_IP_HEADER] = address;
  else delete request.headers[CLIENT_IP_HEADER];
  applyCachePolicy(request, response);
  handle(request, response);
});
// HOST=127.0.0.1 behind a proxy on the same machine: with TRUSTED_PROXY_HOPS set, a client who
// reached the instance directly could write its own X-Forwarded-For. Unset: every interface.
const host = process.env.HOST || undefined;
server.listen(port, host, () => console.log(`Ready on ${host ?? "every interface"}, port ${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
