/** @jest-environment node */
import type { Catalogue } from "@/lib/content/catalogue";
import {
  certificateSubjects,
  earnedOn,
  earnedSubjects,
  lessonsLeft,
  subjectId,
  type CertificateSubject,
} from "@/lib/certificates/subjects";

const lesson = (slug: string, title = slug) => ({ slug, meta: { title } });

// The parts of a catalogue certificateSubjects reads: modules and built-in paths with their lessons.
const catalogue = {
  modules: [
    { slug: "ikp", meta: { title: "Internetowe Konto Pacjenta" }, lessons: [lesson("ikp/a", "Logowanie"), lesson("ikp/b", "E-recepta"), lesson("ikp/c", "Upoważnienie")] },
    { slug: "e-pit", meta: { title: "Twój e-PIT" }, lessons: [lesson("e-pit/a", "30 kwietnia")] },
  ],
  paths: [{ slug: "urzad", title: "Urząd w telefonie", description: "", lessons: [lesson("e-pit/a", "30 kwietnia"), lesson("ikp/b", "E-recepta")] }],
} as unknown as Pick<Catalogue, "modules" | "paths">;

const subjects = certificateSubjects(catalogue);
const [ikp, epit, urzad] = subjects as [CertificateSubject, CertificateSubject, CertificateSubject];

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("certificateSubjects", () => {
  it("lists every module, then every built-in path, with lesson slugs and titles in order", () => {
    expect(subjects.map(subjectId)).toEqual(["MODULE:ikp", "MODULE:e-pit", "PATH:urzad"]);
    expect(ikp).toEqual({
      kind: "MODULE",
      key: "ikp",
      title: "Internetowe Konto Pacjenta",
      lessons: [
        { slug: "ikp/a", title: "Logowanie" },
        { slug: "ikp/b", title: "E-recepta" },
        { slug: "ikp/c", title: "Upoważnienie" },
      ],
    });
    expect(urzad).toMatchObject({ kind: "PATH", key: "urzad", title: "Urząd w telefonie" });
    expect(urzad.lessons.map((l) => l.slug)).toEqual(["e-pit/a", "ikp/b"]);
  });
});

describe("earnedOn", () => {
  it("is the date the last lesson was completed, whatever the order they were taken in", () => {
    const completions = new Map([
      ["ikp/a", day("2026-03-01")],
      ["ikp/c", day("2026-03-20")],
      ["ikp/b", day("2026-03-10")],
    ]);
    expect(earnedOn(ikp, completions)).toEqual(day("2026-03-20"));
    // The last lesson in the subject's order is not necessarily the last one completed.
    const reordered = new Map([
      ["ikp/a", day("2026-04-30")],
      ["ikp/b", day("2026-04-01")],
      ["ikp/c", day("2026-04-02")],
    ]);
    expect(earnedOn(ikp, reordered)).toEqual(day("2026-04-30"));
  });

  it("is null while any lesson is missing", () => {
    const completions = new Map([
      ["ikp/a", day("2026-03-01")],
      ["ikp/c", day("2026-03-20")],
    ]);
    expect(earnedOn(ikp, completions)).toBeNull();
    expect(earnedOn(ikp, new Map())).toBeNull();
    // Lessons of other modules do not count towards this one.
    expect(earnedOn(ikp, new Map([...completions, ["e-pit/a", day("2026-03-05")]]))).toBeNull();
  });

  it("ignores completions of lessons outside the subject when finding the date", () => {
    const completions = new Map([
      ["e-pit/a", day("2026-02-01")],
      ["ikp/b", day("2026-02-03")],
      ["ikp/a", day("2026-12-31")],
    ]);
    expect(earnedOn(urzad, completions)).toEqual(day("2026-02-03"));
  });
});

describe("earnedSubjects", () => {
  it("lists only subjects with every lesson complete, each with its completion date", () => {
    const completions = new Map([
      ["e-pit/a", day("2026-05-02")],
      ["ikp/a", day("2026-05-01")],
      ["ikp/b", day("2026-05-04")],
    ]);
    expect(earnedSubjects(subjects, completions)).toEqual([
      { subject: epit, completedAt: day("2026-05-02") },
      { subject: urzad, completedAt: day("2026-05-04") },
    ]);
    completions.set("ikp/c", day("2026-05-03"));
    expect(earnedSubjects(subjects, completions).map((entry) => [subjectId(entry.subject), entry.completedAt])).toEqual([
      ["MODULE:ikp", day("2026-05-04")],
      ["MODULE:e-pit", day("2026-05-02")],
      ["PATH:urzad", day("2026-05-04")],
    ]);
  });

  it("is empty with no completions", () => {
    expect(earnedSubjects(subjects, new Map())).toEqual([]);
  });
});

describe("lessonsLeft", () => {
  it("counts the subject's lessons not yet complete", () => {
    const completions = new Map([["ikp/b", day("2026-05-04")]]);
    expect(lessonsLeft(ikp, completions)).toBe(2);
    expect(lessonsLeft(urzad, completions)).toBe(1);
    expect(lessonsLeft(epit, new Map())).toBe(1);
  });
});
