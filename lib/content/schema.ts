import { z } from "zod";

/** DigComp 2.2 competences, with the Polish names shown to learners and educators. */
export const digcompCompetences = {
  "1.1": "Przeglądanie, wyszukiwanie i filtrowanie informacji",
  "1.2": "Ocena informacji",
  "1.3": "Zarządzanie informacjami",
  "2.1": "Kontakt przez technologie cyfrowe",
  "2.2": "Udostępnianie przez technologie cyfrowe",
  "2.3": "E-usługi publiczne i obywatelskie",
  "2.4": "Współpraca przez technologie cyfrowe",
  "2.5": "Netykieta",
  "2.6": "Tożsamość cyfrowa",
  "3.1": "Tworzenie treści cyfrowych",
  "3.2": "Łączenie i przetwarzanie treści",
  "3.3": "Prawa autorskie i licencje",
  "3.4": "Programowanie",
  "4.1": "Ochrona urządzeń",
  "4.2": "Ochrona danych osobowych i prywatności",
  "4.3": "Ochrona zdrowia i dobrostanu",
  "4.4": "Ochrona środowiska",
  "5.1": "Rozwiązywanie problemów technicznych",
  "5.2": "Rozpoznawanie potrzeb i dobór narzędzi",
  "5.3": "Kreatywne korzystanie z technologii",
  "5.4": "Rozpoznawanie luk w kompetencjach cyfrowych",
} as const;

export type DigCompCode = keyof typeof digcompCompetences;

const digcompCodes = Object.keys(digcompCompetences) as [DigCompCode, ...DigCompCode[]];

const httpsUrl = z
  .url({ message: "must be a full address starting with https://" })
  .refine((value) => value.startsWith("https://"), { message: "must start with https://" });

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(5).max(90),
  summary: z.string().trim().min(20).max(300),
  order: z.number().int().positive(),
  durationMinutes: z.number().int().min(5).max(45),
  objectives: z.array(z.string().trim().min(5)).min(1).max(6),
  digcomp: z.array(z.enum(digcompCodes, { message: "must be a DigComp 2.2 competence number such as 2.3" })).min(1),
  level: z.enum(["podstawowy", "średni"]),
  checkedOn: z.coerce.date({ message: "must be a date such as 2026-03-31" }),
  app: z.strictObject({ name: z.string().trim().min(2), version: z.string().trim().min(2) }).optional(),
  sources: z.array(z.strictObject({ title: z.string().trim().min(3), url: httpsUrl })).min(1),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const moduleSchema = z.strictObject({
  title: z.string().trim().min(3),
  description: z.string().trim().min(20),
  order: z.number().int().positive(),
});

export type ModuleMeta = z.infer<typeof moduleSchema>;

/** Built-in lesson paths (content/sciezki.json): an ordered list of "module/lesson" slugs each. */
export const builtInPathsSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/, "path ids are lower-case kebab-case"),
  z.strictObject({
    title: z.string().trim().min(3),
    description: z.string().trim().min(20),
    lessons: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "lessons are \"module/lesson\" slugs")).min(2),
  }),
);

export const glossarySchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/, "term ids are lower-case kebab-case"),
  z.strictObject({ word: z.string().trim().min(1), explanation: z.string().trim().min(10) }),
);

/** "module.field: message" — the file is named by the caller. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(file)"}: ${issue.message}`)
    .join("; ");
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
