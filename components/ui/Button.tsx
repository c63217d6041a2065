"use client";

import { useEffect, useRef, type ButtonHTMLAttributes, type MouseEvent } from "react";
import { buttonBase, buttonClasses, type ButtonVariant } from "./button-styles";

/**
 * The one button. Labels are verbs, never an icon alone. A second click within a second is
 * ignored: shaky hands double-click, and a form must not be sent twice.
 */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  const lastClick = useRef(0);
  // A form that disables its button while sending is done when the button comes back:
  // the person may press it again at once (e.g. after correcting a mistake).
  useEffect(() => {
    if (!props.disabled) lastClick.current = 0;
  }, [props.disabled]);
  function guardedClick(event: MouseEvent<HTMLButtonElement>) {
    const now = Date.now();
    if (now - lastClick.current < 1000) {
      event.preventDefault();
      return;
    }
    lastClick.current = now;
    onClick?.(event);
  }
  return (
    <button {...props} type={type} onClick={guardedClick} className={`${buttonBase} ${buttonClasses[variant]} ${className}`} />
  );
}
