import type { Catalogue } from "../content/catalogue";

// What a certificate can be earned for, and the rule: a whole module or a whole lesson path, every
// lesson in it complete by the progress rule (a LessonCompletion row: once earned, never taken away).

export type SubjectKind = "MODULE" | "PATH";

export type CertificateSubject = {
  kind: SubjectKind;
  /** Module slug, or the built-in path's slug. */
  key: string;
  title: string;
  lessons: { slug: string; title: string }[];
};

/** "MODULE:ikp" — how forms and links name a subject. */
export function subjectId(subject: Pick<CertificateSubject, "kind" | "key">): string {
  return `${subject.kind}:${subject.key}`;
}

export function certificateSubjects(catalogue: Pick<Catalogue, "modules" | "paths">): CertificateSubject[] {
  const lessonsOf = (lessons: { slug: string; meta: { title: string } }[]) => lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.meta.title }));
  return [
    ...catalogue.modules.map((module) => ({ kind: "MODULE" as const, key: module.slug, title: module.meta.title, lessons: lessonsOf(module.lessons) })),
    ...catalogue.paths.map((path) => ({ kind: "PATH" as const, key: path.slug, title: path.title, lessons: lessonsOf(path.lessons) })),
  ];
}

export type EarnedSubject = { subject: CertificateSubject; completedAt: Date };

/** The subject is earned when every lesson is complete; it was completed when its last lesson was. */
export function earnedOn(subject: CertificateSubject, completions: ReadonlyMap<string, Date>): Date | null {
  let last: Date | null = null;
  for (const lesson of subject.lessons) {
    const at = completions.get(lesson.slug);
    if (!at) return null;
    if (!last || at > last) last = at;
  }
  return last;
}

export function earnedSubjects(subjects: CertificateSubject[], completions: ReadonlyMap<string, Date>): EarnedSubject[] {
  return subjects.flatMap((subject) => {
    const completedAt = earnedOn(subject, completions);
    return completedAt ? [{ subject, completedAt }] : [];
  });
}

/** How many of the subject's lessons are still to do (for "Do certyfikatu brakuje…"). */
export function lessonsLeft(subject: CertificateSubject, completions: ReadonlyMap<string, Date>): number {
  return subject.lessons.filter((lesson) => !completions.has(lesson.slug)).length;
}
