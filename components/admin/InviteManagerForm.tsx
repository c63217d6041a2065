"use client";

import { InvitationForm, type InviteAction } from "@/components/club/InviteEducatorForm";

/** One per club on the administrator's list; the club's name tells the identical forms apart. */
export function InviteManagerForm({ action, clubId, clubName }: { action: InviteAction; clubId: string; clubName: string }) {
  return (
    <InvitationForm
      action={action}
      clubId={clubId}
      idPrefix={`kierownik-${clubId}`}
      emailLabel={
        <>
          Adres e-mail kierownika<span className="sr-only"> klubu {clubName}</span>
        </>
      }
      submitLabel={
        <>
          Zaproś kierownika klubu<span className="sr-only"> {clubName}</span>
        </>
      }
    />
  );
}
