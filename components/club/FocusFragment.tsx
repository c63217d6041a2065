"use client";

import { useEffect } from "react";

/**
 * After a lesson is moved the page comes back with its row's #id. Without JavaScript the browser
 * scrolls there by itself; with it the list is redrawn in place and focus may be lost on the way,
 * so the row takes focus — a screen reader says where the lesson is now, and Tab goes on from it.
 */
export function FocusFragment() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && !target.contains(document.activeElement)) target.focus();
  });
  return null;
}
