/** Where „Dalej” sends a person back when the step could not be saved: the step page, prerendered, shows its notice only then (globals.css, :target). */
export const NOT_SAVED_ANCHOR = "nie-zapisano";
