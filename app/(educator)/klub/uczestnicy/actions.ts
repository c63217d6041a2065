"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { pageNotFound } from "@/lib/not-found";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import {
  createLearner,
  learnerFormSchema,
  resetPin,
  setLearnerActive,
  updateLearner,
  UsernameTakenError,
} from "@/lib/access/learners";
import {
  BatchAlreadyCreatedError,
  BatchNamesQuestion,
  createLearnerBatch,
  learnerBatchSchema,
  type CreatedBatchLearner,
} from "@/lib/access/learner-batch";
import { sameNameQuestion, SameNameError } from "@/lib/access/same-name";
import { getDb } from "@/lib/db/client";
import { headers } from "next/headers";
import { assistedLessonSchema, markLessonAssisted, UnknownLessonError, type AssistedResult } from "@/lib/progress/assisted";
import { failed, fieldErrors, formValues, invalid, isSameOrigin, type FormState } from "@/lib/forms";

const fields = ["displayName", "username", "groupId", "potwierdzam"] as const;

/** Shown beside the „To inna osoba — dodaj” box. */
const confirmHint = "Jeśli tak, zaznacz „To inna osoba — dodaj” i wyślij formularz jeszcze raz.";

export type CreatedLearner = { id: string; displayName: string; username: string; pin: string };

function usernameTaken(values: Record<string, string>, error: UsernameTakenError) {
  return invalid<never>(values, { username: `Ta nazwa jest już zajęta. Wolna jest na przykład: ${error.suggestion}` });
}

export async function createLearnerAction(_state: FormState<CreatedLearner>, form: FormData): Promise<FormState<CreatedLearner>> {
  const actor = await requireActor("/klub/uczestnicy/nowy");
  const values = formValues(form, fields);
  if (!isSameOrigin(await headers())) return invalid(values, { form: "Ten formularz można wysłać tylko z Klubu Cyfrowego." });
  const parsed = learnerFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  if (!actor.activeClubId) pageNotFound();
  try {
    const { user, pin } = await createLearner(await getDb(), actor, actor.activeClubId, parsed.data);
    revalidatePath("/klub/uczestnicy");
    return { status: "done", errors: {}, values: {}, result: { id: user.id, displayName: user.displayName, username: user.username, pin } };
  } catch (error) {
    if (error instanceof UsernameTakenError) return usernameTaken(values, error);
    if (error instanceof SameNameError) {
      return invalid(values, { potwierdzam: `${[...error.existing.values()].map(sameNameQuestion).join(" ")} ${confirmHint}` });
    }
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create learner", error);
  }
}

export async function updateLearnerAction(learnerId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  const values = formValues(form, fields);
  const parsed = learnerFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await updateLearner(await getDb(), actor, learnerId, parsed.data);
    revalidatePath(`/klub/uczestnicy/${learnerId}`);
    return { status: "done", errors: {}, values, message: "Zapisano zmiany." };
  } catch (error) {
    if (error instanceof UsernameTakenError) return usernameTaken(values, error);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "update learner", error);
  }
}

export async function resetPinAction(learnerId: string, _state: FormState<{ pin: string }>): Promise<FormState<{ pin: string }>> {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  try {
    const { pin } = await resetPin(await getDb(), actor, learnerId);
    return { status: "done", errors: {}, values: {}, result: { pin } };
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    return failed({}, "reset PIN", error);
  }
}

export async function setActiveAction(learnerId: string, active: boolean) {
  const actor = await requireActor(`/klub/uczestnicy/${learnerId}`);
  try {
    await setLearnerActive(await getDb(), actor, learnerId, active);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  revalidatePath(`/klub/uczestnicy/${learnerId}`);
}

/** Marks a lesson as done with the educator's help; the page says what happened. */
export async function markAssistedAction(learnerId: string, _state: FormState, form: FormData): Promise<FormState> {
  const back = `/klub/uczestnicy/${learnerId}`;
  const actor = await requireActor(back);
  const values = formValues(form, ["lekcja"]);
  const parsed = assistedLessonSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  let result: AssistedResult;
  try {
    result = await markLessonAssisted(await getDb(), actor, learnerId, parsed.data.lekcja);
  } catch (error) {
    if (error instanceof UnknownLessonError) return invalid(values, { lekcja: "Nie znaleźliśmy tej lekcji. Wybierz ją z listy jeszcze raz." });
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "mark lesson assisted", error);
  }
  redirect(`${back}?pomoc=${result}#z-pomoca`);
}

export type CreatedBatch = { learners: CreatedBatchLearner[] };

/**
 * „Dodaj kilku uczestników”: the PINs travel only in this answer (the page shows them once); a
 * second post of the same form finds its accounts made and says so, without PINs.
 */
export async function createLearnerBatchAction(_state: FormState<CreatedBatch>, form: FormData): Promise<FormState<CreatedBatch>> {
  const actor = await requireActor("/klub/uczestnicy/kilku");
  const values = formValues(form, ["imiona", "groupId", "potwierdzam", "klucz"]);
  if (!isSameOrigin(await headers())) return invalid(values, { form: "Ten formularz można wysłać tylko z Klubu Cyfrowego." });
  const parsed = learnerBatchSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  if (!actor.activeClubId) pageNotFound();
  try {
    const learners = await createLearnerBatch(await getDb(), actor, actor.activeClubId, parsed.data);
    revalidatePath("/klub/uczestnicy");
    return { status: "done", errors: {}, values: {}, result: { learners } };
  } catch (error) {
    if (error instanceof BatchNamesQuestion) return invalid(values, { potwierdzam: `${error.questions.join(" ")} ${confirmHint}` });
    if (error instanceof BatchAlreadyCreatedError) {
      return {
        status: "failed",
        errors: {},
        values: {},
        message: "Te osoby zostały już dodane (formularz wysłano drugi raz). Ich PIN-y były pokazane tylko raz — jeśli ich nie zapisano, ustaw nowy PIN na stronie uczestnika.",
      };
    }
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create learner batch", error);
  }
}
