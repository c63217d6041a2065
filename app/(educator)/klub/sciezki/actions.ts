"use server";

import { redirect } from "next/navigation";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import {
  addLessonToPath,
  createCustomPath,
  deletePath,
  LessonAlreadyInPathError,
  lessonAnchor,
  moveLesson,
  pathTitleSchema,
  removeLessonFromPath,
  renamePath,
} from "@/lib/access/paths";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const pathPage = (pathId: string) => `/klub/sciezki/${pathId}`;

/** Another club's path, a built-in one or one just deleted all look like a page that does not exist. */
async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
}

export async function createPathAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor("/klub/sciezki");
  if (!actor.activeClubId) pageNotFound();
  const clubId = actor.activeClubId;
  const values = formValues(form, ["title", "description"]);
  const parsed = pathTitleSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  let pathId: string;
  try {
    pathId = (await createCustomPath(await getDb(), actor, clubId, parsed.data)).id;
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create path", error);
  }
  redirect(`${pathPage(pathId)}?zalozono=1`);
}

export async function renamePathAction(pathId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(pathPage(pathId));
  const values = formValues(form, ["title", "description"]);
  const parsed = pathTitleSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await renamePath(await getDb(), actor, pathId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "rename path", error);
  }
  return { status: "done", errors: {}, values, message: "Zapisano nazwę i opis ścieżki." };
}

export async function addLessonAction(pathId: string, form: FormData) {
  const actor = await requireActor(pathPage(pathId));
  const lesson = String(form.get("lesson") ?? "");
  if (!lesson) redirect(`${pathPage(pathId)}?problem=wybierz#dodaj`);
  const added = await orNotFound(async () => {
    try {
      await addLessonToPath(await getDb(), actor, pathId, lesson);
      return true;
    } catch (error) {
      if (error instanceof LessonAlreadyInPathError) return false;
      throw error;
    }
  });
  // Each address names the lesson: a redirect to the same address with only another #fragment
  // would not redraw the page.
  redirect(added ? `${pathPage(pathId)}?dodano=${encodeURIComponent(lesson)}#${lessonAnchor(lesson)}` : `${pathPage(pathId)}?problem=juz-jest#dodaj`);
}

export async function moveLessonAction(pathId: string, lessonSlug: string, direction: "up" | "down") {
  const actor = await requireActor(pathPage(pathId));
  const position = await orNotFound(async () => moveLesson(await getDb(), actor, pathId, lessonSlug, direction));
  // The lesson and its new place are in the address, so two moves in a row never lead to the same one.
  const moved = position === null ? "" : `?przesunieto=${direction === "up" ? "wyzej" : "nizej"}&lekcja=${encodeURIComponent(lessonSlug)}&miejsce=${position + 1}`;
  redirect(`${pathPage(pathId)}${moved}#${lessonAnchor(lessonSlug)}`);
}

export async function removeLessonAction(pathId: string, lessonSlug: string) {
  const actor = await requireActor(pathPage(pathId));
  await orNotFound(async () => removeLessonFromPath(await getDb(), actor, pathId, lessonSlug));
  redirect(`${pathPage(pathId)}?usunieto=${encodeURIComponent(lessonSlug)}#lekcje`);
}

export async function deletePathAction(pathId: string, form: FormData) {
  const actor = await requireActor(pathPage(pathId));
  if (form.get("confirm") !== "tak") redirect(`${pathPage(pathId)}?problem=potwierdz#usun`);
  await orNotFound(async () => deletePath(await getDb(), actor, pathId));
  redirect("/klub/sciezki?usunieto=1");
}
