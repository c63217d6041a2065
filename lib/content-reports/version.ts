import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** What identifies exactly the text a person read: 16 hex digits of the SHA-256 of the MDX source. */
export const CONTENT_VERSION = /^[0-9a-f]{16}$/;

export function versionOfSource(source: string): string {
  return createHash("sha256").update(source).digest("hex").slice(0, 16);
}

const known = new WeakMap<object, string>();

/**
 * The version of a loaded lesson (`Lesson.file`, relative to the working directory). Kept per
 * lesson object: the catalogue is loaded once per process (afresh on each request in development,
 * where a new object is read again), so the version always matches the text being shown.
 */
export function lessonVersion(lesson: { file: string }): string {
  let version = known.get(lesson);
  if (!version) {
    version = versionOfSource(fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), lesson.file), "utf8"));
    known.set(lesson, version);
  }
  return version;
}
