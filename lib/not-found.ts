import { redirect } from "next/navigation";

/** An address no route matches: Next.js renders app/not-found.tsx there in full, with status 404. */
export const NOT_FOUND_PATH = "/nie-znaleziono";

/**
 * Use instead of notFound() in pages. Next.js 16 serves notFound() thrown by a page as an empty
 * body that only JavaScript fills in (vercel/next.js#62228), so without JavaScript a person would
 * see a blank page. A missing thing and a forbidden one take the same way, so neither is revealed.
 */
export function pageNotFound(): never {
  redirect(NOT_FOUND_PATH);
}
