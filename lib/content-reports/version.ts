import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** What identifies exactly the text a person read: 16 hex digits of the SHA-256 of the MDX source. */
export const CONTENT_VERSION = /^[0-9a-f]{16}$/;

export function versionOfSource(source: string): string {
  return createHash("sha256").update(source).digest("hex").slice(0, 16);
}

/**
 * The current version of a lesson file (`Lesson.file`, relative to the working directory).
 * Read afresh each time (a few kilobytes): in development lessons change under a running server.
 */
export function lessonVersion(lesson: { file: string }): string {
  return versionOfSource(fs.readFileSync(path.resolve(process.cwd(), lesson.file), "utf8"));
}
