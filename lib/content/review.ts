// When a lesson's facts are due for another check against official sources. Past that date the
// content check warns (it never fails: a build must not break because the calendar moved on),
// and the editors' list shows those lessons first.
import { FACTS_MAX_AGE_MONTHS } from "./rules";

type Reviewed = { checkedOn: Date };

/** The day the facts must be checked again: FACTS_MAX_AGE_MONTHS after checkedOn. */
export function reviewDueOn({ checkedOn }: Reviewed): Date {
  const due = new Date(checkedOn);
  due.setMonth(due.getMonth() + FACTS_MAX_AGE_MONTHS);
  return due;
}

export function reviewDue(lesson: Reviewed, today: Date): boolean {
  return reviewDueOn(lesson) < today;
}

/** Lessons past their review date first, the longest overdue at the top; then the rest by due date. */
export function byReviewDate<T extends Reviewed>(lessons: T[], today: Date): T[] {
  return [...lessons].sort((a, b) => Number(reviewDue(b, today)) - Number(reviewDue(a, today)) || a.checkedOn.getTime() - b.checkedOn.getTime());
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The content check's warnings for one lesson (an empty list when nothing is due). */
export function reviewWarnings(lesson: Reviewed, today: Date): string[] {
  if (!reviewDue(lesson, today)) return [];
  return [`checkedOn ${day(lesson.checkedOn)} is over ${FACTS_MAX_AGE_MONTHS} months old (review was due on ${day(reviewDueOn(lesson))}): check the facts again`];
}
