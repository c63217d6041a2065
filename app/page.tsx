import { GuestHome } from "@/components/home/GuestHome";

// Prerendered: the same page for every guest. A signed-in person, a club computer or a message
// after sign-out (?koniec=…) get /start instead, by a rewrite in proxy.ts.
export default function HomePage() {
  return <GuestHome />;
}
