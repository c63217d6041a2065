import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth();
  const ok = report.status === "ok";
  // A load balancer or a person's browser may try again in half a minute: outages here are short.
  return Response.json(report, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": "30" }) },
  });
}
