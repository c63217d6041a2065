"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { setCertificateShowsFullName } from "@/lib/access/certificates";
import { requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";

const nameChoice = z.object({ imie: z.enum(["pelne", "inicjaly"]) });

/** What the public verification page shows of the learner's name. */
export async function saveNameChoiceAction(form: FormData) {
  const actor = await requireActor("/moje-certyfikaty");
  const parsed = nameChoice.safeParse({ imie: form.get("imie") });
  if (!parsed.success) redirect("/moje-certyfikaty?problem=wybor#imie");
  await setCertificateShowsFullName(await getDb(), actor, parsed.data.imie === "pelne");
  redirect("/moje-certyfikaty?zapisano=1#imie");
}
