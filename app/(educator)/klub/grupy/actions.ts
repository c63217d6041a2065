"use server";

import { redirect } from "next/navigation";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import {
  addToGroup,
  AlreadyAssignedError,
  assignmentSchema,
  assignPath,
  createGroup,
  GroupNameTakenError,
  groupNameSchema,
  removeAssignment,
  removeFromGroup,
  renameGroup,
} from "@/lib/access/groups";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const taken = (values: Record<string, string>) => invalid<never>(values, { name: "W klubie jest już grupa o tej nazwie. Wybierz inną." });

export async function createGroupAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor("/klub/grupy");
  if (!actor.activeClubId) pageNotFound();
  const values = formValues(form, ["name"]);
  const parsed = groupNameSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  let groupId: string;
  try {
    groupId = (await createGroup(await getDb(), actor, actor.activeClubId, parsed.data)).id;
  } catch (error) {
    if (error instanceof GroupNameTakenError) return taken(values);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "create group", error);
  }
  redirect(`/klub/grupy/${groupId}?zalozono=1`);
}

export async function renameGroupAction(groupId: string, _state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor(`/klub/grupy/${groupId}`);
  const values = formValues(form, ["name"]);
  const parsed = groupNameSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await renameGroup(await getDb(), actor, groupId, parsed.data);
  } catch (error) {
    if (error instanceof GroupNameTakenError) return taken(values);
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "rename group", error);
  }
  return { status: "done", errors: {}, values, message: "Zapisano nową nazwę." };
}

export async function addToGroupAction(groupId: string, form: FormData) {
  const actor = await requireActor(`/klub/grupy/${groupId}`);
  const ids = form.getAll("learnerId").filter((value): value is string => typeof value === "string").slice(0, 500);
  let added = 0;
  try {
    added = ids.length ? await addToGroup(await getDb(), actor, groupId, ids) : 0;
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect(`/klub/grupy/${groupId}?${ids.length ? `dodano=${added}` : "problem=nikt"}#czlonkowie`);
}

export async function removeFromGroupAction(groupId: string, learnerId: string) {
  const actor = await requireActor(`/klub/grupy/${groupId}`);
  try {
    await removeFromGroup(await getDb(), actor, groupId, learnerId);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect(`/klub/grupy/${groupId}?usunieto=1#czlonkowie`);
}

/** Assigning to a group (`groupId`) or to one learner (`learnerId`); the page it came from is shown again. */
export async function assignPathAction(target: { groupId: string } | { learnerId: string }, _state: FormState, form: FormData): Promise<FormState> {
  const back = "groupId" in target ? `/klub/grupy/${target.groupId}` : `/klub/uczestnicy/${target.learnerId}`;
  const actor = await requireActor(back);
  const values = formValues(form, ["path", "due"]);
  const parsed = assignmentSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    await assignPath(await getDb(), actor, "groupId" in target ? { kind: "group", groupId: target.groupId } : { kind: "learner", learnerId: target.learnerId }, parsed.data);
  } catch (error) {
    if (error instanceof AlreadyAssignedError) return invalid(values, { path: "Ta ścieżka jest już zadana. Wybierz inną albo najpierw wycofaj tamtą." });
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "assign path", error);
  }
  redirect(`${back}?zadano=1#zadane`);
}

export async function removeAssignmentAction(assignmentId: string, back: string) {
  const actor = await requireActor(back);
  try {
    await removeAssignment(await getDb(), actor, assignmentId);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect(`${back.startsWith("/klub/") ? back : "/klub"}?wycofano=1#zadane`);
}
