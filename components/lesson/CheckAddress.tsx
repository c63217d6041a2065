import { addressRule, type AddressKind } from "@/lib/content/address-rule";

/** The shared address rule as a calm box; lessons never write the rule in their own words. */
export function CheckAddress({ kind }: { kind: AddressKind }) {
  const { heading, lines } = addressRule(kind);
  return (
    <aside aria-label={heading} className="my-6 rounded-md border-4 border-primary bg-tip-bg p-4">
      <p className="mb-2 text-xl font-bold">{heading}</p>
      <ol className="list-decimal space-y-2 pl-8">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </aside>
  );
}
