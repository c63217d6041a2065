import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressBar } from "@/components/ui/ProgressBar";

/** Keeps the lesson's title and the person's place in it visible on every screen of a lesson. */
export function LessonFrame({
  lessonTitle,
  lessonHref,
  progress,
  children,
}: {
  lessonTitle: string;
  lessonHref: string;
  progress: { value: number; max: number; label: string };
  children: ReactNode;
}) {
  return (
    <>
      <p className="mb-2 text-lg">
        Lekcja: <Link prefetch={false} href={lessonHref}>{lessonTitle}</Link>
      </p>
      <ProgressBar {...progress} />
      {children}
    </>
  );
}
