import { sessionFilterSchema, type SessionFilter } from "@/lib/access/sessions";

/** The list's filter from the address; anything unrecognised shows every session. */
export function readSessionFilter(query: Record<string, string | string[] | undefined>): SessionFilter {
  const text = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
  const parsed = sessionFilterSchema.safeParse({ miesiac: text("miesiac"), prowadzacy: text("prowadzacy") });
  return parsed.success ? parsed.data : sessionFilterSchema.parse({});
}
