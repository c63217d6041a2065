import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/certificates/CodeForm";
import { groupCode, parseVerificationCode } from "@/lib/certificates/code";

export const metadata: Metadata = { title: "Sprawdź certyfikat" };

type SearchParams = Promise<{ kod?: string | string[] }>;

export default async function VerifyFormPage({ searchParams }: { searchParams: SearchParams }) {
  const { kod } = await searchParams;
  const typed = typeof kod === "string" ? kod : undefined;
  const parsed = typed === undefined ? null : parseVerificationCode(typed);
  if (parsed?.ok) redirect(`/certyfikat/${groupCode(parsed.code)}`);
  return (
    <div className="kc-prose">
      <h1>Sprawdź certyfikat</h1>
      <p>
        Każdy certyfikat Klubu Cyfrowego ma swój kod. Wpisz go tutaj, a zobaczysz, czy certyfikat jest prawdziwy: komu, za co
        i kiedy go wydano. Możesz też zeskanować kod QR z certyfikatu aparatem telefonu.
      </p>
      <CodeForm value={typed?.slice(0, 40)} error={parsed && !parsed.ok ? parsed.message : undefined} />
    </div>
  );
}
