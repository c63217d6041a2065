import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/auth/AcceptInvitationForm";
import { findInvitation } from "@/lib/access/clubs";
import { getDb } from "@/lib/db/client";
import { acceptInvitationAction } from "./actions";

// The token is the secret: keep it out of search engines and out of other sites' logs.
// Not "no-referrer": that also blanks the Origin header of the form's own post, and Next.js
// then rejects the server action when JavaScript is off.
export const metadata: Metadata = {
  title: "Zaproszenie do klubu",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const roleLabels = { MANAGER: "kierownika klubu", EDUCATOR: "edukatora" } as const;

type Params = Promise<{ token: string }>;

/** Open to anybody with the link; an unknown, used or expired link says only that it is not valid. */
export default async function InvitationPage({ params }: { params: Params }) {
  const { token } = await params;
  const invitation = token.length <= 200 ? await findInvitation(await getDb(), token) : null;
  const details =
    invitation && (invitation.role === "MANAGER" || invitation.role === "EDUCATOR")
      ? {
          clubName: invitation.club.name,
          city: invitation.club.city,
          roleLabel: roleLabels[invitation.role],
          email: invitation.email,
          accountExists: invitation.accountExists,
        }
      : null;
  return (
    <div className="kc-prose">
      <h1>Zaproszenie do klubu</h1>
      <AcceptInvitationForm action={acceptInvitationAction} token={token} invitation={details} />
    </div>
  );
}
