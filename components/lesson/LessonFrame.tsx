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
      {/* One line on a phone: the step, not the lesson's name, is what the first screen is for. */}
      <p className="kc-lesson-title mb-1 text-lg">
        Lekcja: <Link prefetch={false} href={lessonHref}>{lessonTitle}</Link>
      </p>
      <ProgressBar {...progress} />
      {children}
    </>
  );
}
