import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextField } from "@/components/ui/Field";

/** Typing a certificate's code by hand: a plain GET form, so it works without JavaScript. */
export function CodeForm({ value = "", error }: { value?: string; error?: string }) {
  return (
    <form method="get" action="/certyfikat" noValidate>
      <ErrorSummary errors={error ? [{ field: "kod", message: error }] : []} />
      <TextField
        id="kod"
        label="Kod weryfikacyjny z certyfikatu"
        hint="16 liter i cyfr, na dole certyfikatu, obok kodu QR. Wielkość liter i kreski nie mają znaczenia."
        error={error}
        defaultValue={value}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        className="font-mono tracking-wider"
      />
      <Button type="submit">Sprawdź certyfikat</Button>
    </form>
  );
}
