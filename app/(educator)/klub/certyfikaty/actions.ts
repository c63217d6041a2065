"use server";

import { redirect } from "next/navigation";
import { AlreadyRevokedError, revokeCertificate, revokeSchema, setEducatorsMayPrint } from "@/lib/access/certificates";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

export async function setEducatorsMayPrintAction(form: FormData) {
  const actor = await requireActor("/klub/certyfikaty");
  if (!actor.activeClubId) pageNotFound();
  try {
    await setEducatorsMayPrint(await getDb(), actor, actor.activeClubId, form.get("edukatorzy") === "tak");
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect("/klub/certyfikaty?zapisano=1#ustawienia");
}

export async function revokeCertificateAction(certificateId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(`/klub/certyfikaty/${certificateId}`);
  const values = formValues(form, ["reason"]);
  const parsed = revokeSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await revokeCertificate(await getDb(), actor, certificateId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    if (error instanceof AlreadyRevokedError) return { status: "done", errors: {}, values: {}, message: "Ten certyfikat był już unieważniony." };
    return failed(values, "revoke certificate", error);
  }
  redirect(`/klub/certyfikaty/${certificateId}?uniewazniono=1`);
}
