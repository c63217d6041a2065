// What the report form holds, shared by the form (a client component) and its validation.

/** The form's fields, exactly: where it is (hidden), what is wrong, what the screen shows. Nothing about the person. */
export const reportFields = ["lekcja", "krok", "wersja", "problem", "ekran"] as const;

export const PROBLEM_MAX = 1000;
export const SCREEN_MAX = 500;
