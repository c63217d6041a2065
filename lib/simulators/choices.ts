import type { ScreenInput, ScreenOutcome } from "./types";

/**
 * The answer of a screen with one right button: go on to `next`; a button listed in `wrong`
 * gets the hint of the same name, anything else the "inne" hint.
 */
export function oneRightChoice(right: string, next: string, wrong: readonly string[] = []) {
  return ({ choice }: Pick<ScreenInput, "choice">): ScreenOutcome =>
    choice === right ? { next } : { hint: choice !== undefined && wrong.includes(choice) ? choice : "inne" };
}
