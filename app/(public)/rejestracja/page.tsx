import type { Metadata } from "next";
import { RegistrationForm } from "@/components/auth/RegistrationForm";
import { registerAction } from "./actions";

export const metadata: Metadata = { title: "Załóż konto" };

export default function RegistrationPage() {
  return (
    <div className="kc-prose">
      <h1>Załóż konto</h1>
      <p>Nie potrzebujesz adresu e-mail. Wystarczy nazwa użytkownika i 6-cyfrowy PIN. Twoje postępy będą zapisywane od razu.</p>
      <RegistrationForm action={registerAction} />
    </div>
  );
}
