import { GrantCoordinatorForm, RevokeCoordinatorForm } from "@/components/admin/CoordinatorForms";
import { idleForm } from "@/lib/forms";

/** The coordinator forms as the admin page renders them, with actions that do nothing. */
export function CoordinatorGrantFormExample() {
  const nothing = async () => idleForm;
  return (
    <main>
      <GrantCoordinatorForm action={nothing as never} />
      <RevokeCoordinatorForm action={nothing as never} areaId="a1" label="Jan Kowalczyk, województwo podlaskie" />
    </main>
  );
}
