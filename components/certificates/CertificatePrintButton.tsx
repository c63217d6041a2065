import { Button } from "@/components/ui/Button";

/**
 * Prints one person's certificate in a new tab: an issued one again (the same number), or one
 * ready to issue — it gets its number now. A plain form post, so it works without JavaScript.
 */
export function CertificatePrintButton({
  certificateId,
  learnerId,
  subject,
  label,
}: {
  certificateId: string | null;
  learnerId: string;
  /** subjectId(), e.g. "MODULE:ikp" */
  subject: string;
  /** Who and what, for screen readers: „Genowefa Testowa (genowefa.testowa), moduł IKP”. */
  label: string;
}) {
  return (
    <form method="post" action="/klub/certyfikaty/druk" target="_blank">
      {certificateId ? (
        <input type="hidden" name="certyfikat" value={certificateId} />
      ) : (
        <>
          <input type="hidden" name="uczestnik" value={learnerId} />
          <input type="hidden" name="temat" value={subject} />
        </>
      )}
      <Button type="submit" variant="secondary">
        {certificateId ? "Wydrukuj" : "Wydaj i wydrukuj"}
        <span className="sr-only"> certyfikat: {label}</span>
      </Button>
    </form>
  );
}
