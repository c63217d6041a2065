"use server";

import { redirect } from "next/navigation";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { createSession, deleteSession, NoAttendeesError, sessionFormSchema, updateSession } from "@/lib/access/sessions";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const nobody = { uczestnicy: "Zaznacz, kto był na zajęciach — co najmniej jedną osobę." };

/** The typed fields, and the ticked people kept as comma-separated ids so nothing is lost on an error. */
function read(form: FormData) {
  const ids = (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string").slice(0, 500);
  const [uczestnicy, pomoc] = [ids("uczestnicy"), ids("pomoc")];
  const values = { ...formValues(form, ["data", "czas", "tematy", "uwagi"]), uczestnicy: uczestnicy.join(","), pomoc: pomoc.join(",") };
  const parsed = sessionFormSchema.safeParse({ ...values, uczestnicy, pomoc });
  // Every problem at once, the empty attendance included.
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(uczestnicy.length || pomoc.length ? {} : nobody) };
  if (!parsed.success || Object.keys(errors).length) return { values, errors };
  return { values, input: parsed.data };
}

export async function createSessionAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor("/klub/zajecia/nowe");
  if (!actor.activeClubId) pageNotFound();
  const { values, errors, input } = read(form);
  if (!input) return invalid(values, errors);
  let sessionId: string;
  try {
    sessionId = (await createSession(await getDb(), actor, actor.activeClubId, input)).id;
  } catch (error) {
    if (error instanceof NoAttendeesError) return invalid(values, nobody);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create club session", error);
  }
  redirect(`/klub/zajecia/${sessionId}?zapisano=1`);
}

export async function updateSessionAction(sessionId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(`/klub/zajecia/${sessionId}`);
  const { values, errors, input } = read(form);
  if (!input) return invalid(values, errors);
  try {
    await updateSession(await getDb(), actor, sessionId, input);
  } catch (error) {
    if (error instanceof NoAttendeesError) return invalid(values, nobody);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "update club session", error);
  }
  redirect(`/klub/zajecia/${sessionId}?zmieniono=1`);
}

export async function deleteSessionAction(sessionId: string) {
  const actor = await requireActor(`/klub/zajecia/${sessionId}/usun`);
  try {
    await deleteSession(await getDb(), actor, sessionId);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect("/klub/zajecia?usunieto=1");
}
