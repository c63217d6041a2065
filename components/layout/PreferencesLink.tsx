"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** "Wygląd" one click away on every page; the settings page returns here afterwards. */
export function PreferencesLink() {
  const pathname = usePathname();
  const href = pathname && pathname !== "/wyglad" ? `/wyglad?wroc=${encodeURIComponent(pathname)}` : "/wyglad";
  return (
    <Link prefetch={false} href={href} className="inline-flex min-h-11 items-center px-2 py-1 font-bold">
      Wygląd i wielkość liter
    </Link>
  );
}
