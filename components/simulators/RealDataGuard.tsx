"use client";

import { useRouter } from "next/navigation";
import { startTransition, type FormEvent, type ReactNode } from "react";
import { findRealData, type GuardedField } from "@/lib/simulators/real-data";

/**
 * The practice form. With JavaScript on, real personal data is caught here, before it is sent:
 * the fields are emptied and the page shows why. Without JavaScript the server does the same.
 * Anything else is sent by hand rather than through the form's action, because React empties a
 * form after its action: after a wrong answer the learner's typing must still be there to fix.
 */
export function RealDataGuard({
  action,
  fields,
  warningHref,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: GuardedField[];
  /** The same screen with "?uwaga=KIND" to be appended by kind. */
  warningHref: string;
  children: ReactNode;
}) {
  const router = useRouter();
  function check(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const values: Record<string, string> = {};
    for (const field of fields) {
      const input = form.elements.namedItem(field.name);
      if (input instanceof HTMLInputElement) values[field.name] = input.value;
    }
    const found = findRealData(fields, values);
    event.preventDefault();
    if (!found) {
      const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
      const formData = new FormData(form, submitter);
      startTransition(() => action(formData));
      return;
    }
    for (const field of fields) {
      const input = form.elements.namedItem(field.name);
      if (input instanceof HTMLInputElement) input.value = "";
    }
    router.replace(`${warningHref}${warningHref.includes("?") ? "&" : "?"}uwaga=${found}`, { scroll: false });
  }
  return (
    <form action={action} onSubmit={check} noValidate>
      {children}
    </form>
  );
}
