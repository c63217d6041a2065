// The guest's progress in their own browser (localStorage), in the shape the server's merge
// accepts (lib/progress/guest.ts validates it there). Browser-only; no zod here, to keep the
// step page's JavaScript small.

export const GUEST_STORAGE_KEY = "kc-postepy";
/** A payload the server refused (e.g. a lesson was removed meanwhile): kept, never resent in a loop. */
export const REFUSED_STORAGE_KEY = "kc-postepy-odrzucone";

export type GuestLastPlace = { lesson: string; step: string | null };

export type StoredGuestProgress = {
  v: 1;
  steps: Record<string, string[]>;
  quizzes: { lesson: string; answers: Record<string, string>; at: string }[];
  last: GuestLastPlace | null;
  /** For the guest's own "Kontynuuj" button; not sent to the server. */
  resume?: { href: string; title: string; label: string };
};

const empty = (): StoredGuestProgress => ({ v: 1, steps: {}, quizzes: [], last: null });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or storage switched off: the lesson still works
  }
}

export function readGuestProgress(): StoredGuestProgress | null {
  const raw = storage()?.getItem(GUEST_STORAGE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as StoredGuestProgress;
    return value && value.v === 1 && typeof value.steps === "object" && Array.isArray(value.quizzes) ? value : null;
  } catch {
    return null;
  }
}

function write(progress: StoredGuestProgress) {
  try {
    storage()?.setItem(GUEST_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or blocked: nothing to do but carry on with the lesson.
  }
}

export function rememberStep(lesson: string, step: string, resume: StoredGuestProgress["resume"]) {
  const progress = readGuestProgress() ?? empty();
  const done = (progress.steps[lesson] ??= []);
  if (!done.includes(step)) done.push(step);
  progress.last = { lesson, step };
  progress.resume = resume;
  write(progress);
}

export function rememberQuiz(lesson: string, answers: Record<string, string>, resume: StoredGuestProgress["resume"]) {
  const progress = readGuestProgress() ?? empty();
  const previous = progress.quizzes.filter((attempt) => attempt.lesson === lesson).at(-1);
  // Reloading the result page is not a new attempt.
  if (previous && JSON.stringify(previous.answers) === JSON.stringify(answers)) return;
  progress.quizzes.push({ lesson, answers, at: new Date().toISOString() });
  progress.last = { lesson, step: null };
  progress.resume = resume;
  write(progress);
}

/** What the server's merge takes: everything but the local "Kontynuuj" label. */
export function mergePayload(progress: StoredGuestProgress) {
  return { v: 1 as const, steps: progress.steps, quizzes: progress.quizzes, last: progress.last };
}

export function forgetGuestProgress(refused = false) {
  const store = storage();
  if (!store) return;
  if (refused) {
    const raw = store.getItem(GUEST_STORAGE_KEY);
    if (raw) store.setItem(REFUSED_STORAGE_KEY, raw);
  }
  store.removeItem(GUEST_STORAGE_KEY);
}
