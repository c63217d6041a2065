// npm run bench:certificates — how long certificates take: one certificate's PDF (the first, cold
// run and the median of 20 warm ones), a 100-certificate print job as one PDF (median of 5), and
// issuing and printing 100 certificates (numbers, codes, audit) on a fresh in-memory embedded
// database — and 100 learners downloading their own at once — and, when DATABASE_URL is set, the
// same on PostgreSQL (in that database; the rows are removed afterwards). Goals: one certificate < 200 ms, 100 certificates < 5 s.
import os from "node:os";
import { issueClubCertificates, noFilter, ownCertificate, printClubCertificates } from "../lib/access/certificates";
import type { Actor } from "../lib/access/policy";
import { generateVerificationCode, groupCode } from "../lib/certificates/code";
import { renderCertificates, type CertificateDocument } from "../lib/certificates/pdf";
import { certificateSubjects, type CertificateSubject } from "../lib/certificates/subjects";
import { getCatalogue } from "../lib/content/catalogue";
import { openEmbedded, postgresFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";

const ONE_GOAL_MS = 200;
const HUNDRED_GOAL_MS = 5000;
const WARM_RUNS = 20;
const BATCH_RUNS = 5;
const BATCH = 100;
const SITE = "https://klubcyfrowy.example.pl";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const verdict = (value: number, goal: number) => (value < goal ? `ok (goal < ${goal} ms)` : `SLOW (goal < ${goal} ms)`);
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const firstNames = ["Zofia", "Stanisław", "Halina", "Józef", "Krystyna", "Tadeusz", "Danuta", "Jerzy", "Barbara", "Ryszard"];
const lastNames = ["Kowalska", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowska", "Zając", "Król", "Pawłowski", "Michalska-Żółtowska", "Grabowski"];
const personName = (i: number) => `${firstNames[i % 10]} ${lastNames[Math.floor(i / 10) % 10]}`;

function document(subject: CertificateSubject, i: number): CertificateDocument {
  const code = generateVerificationCode();
  return {
    recipientName: personName(i),
    kind: subject.kind,
    subjectTitle: subject.title,
    lessonTitles: subject.lessons.map((lesson) => lesson.title),
    learningMinutes: 95 + i,
    completedAt: new Date(Date.UTC(2026, 2, 1 + (i % 28), 10)),
    issuedAt: new Date(Date.UTC(2026, 3, 1, 9, 30, i % 60)),
    clubName: "Klub Rozwoju Cyfrowego w Gminnej Bibliotece Publicznej w Lipowej",
    clubPlace: "ul. Szkolna 4, 34-324 Lipowa, woj. śląskie",
    issuerName: "Barbara Kierownik",
    issuerRole: "Kierownik klubu",
    number: `${String(i + 1).padStart(4, "0")}/2026`,
    verificationCode: code,
    verifyUrl: `${SITE}/certyfikat/${groupCode(code)}`,
  };
}

const catalogue = await getCatalogue();
const subjects = certificateSubjects(catalogue);
const module = subjects.find((subject) => subject.kind === "MODULE" && subject.key === "ikp") ?? subjects[0]!;
// The built-in path with the most lessons: the fullest page there is.
const longest = subjects.filter((subject) => subject.kind === "PATH").sort((a, b) => b.lessons.length - a.lessons.length)[0] ?? module;

// --- Rendering -----------------------------------------------------------------------------------

const one = document(module, 0);
const cold = await timed(() => renderCertificates([one]));
const warm: number[] = [];
let warmBytes = 0;
for (let i = 0; i < WARM_RUNS; i++) {
  const run = await timed(() => renderCertificates([document(module, i)]));
  warm.push(run.ms);
  warmBytes = run.value.length;
}
const fullest = await timed(() => renderCertificates([document(longest, 1)]));

const hundred = Array.from({ length: BATCH }, (_, i) => document(i % 2 ? longest : module, i));
const batch: number[] = [];
let batchBytes = 0;
for (let i = 0; i < BATCH_RUNS; i++) {
  const run = await timed(() => renderCertificates(hundred));
  batch.push(run.ms);
  batchBytes = run.value.length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const line = (label: string, time: number, size: string, note = "") => console.log(`  ${label.padEnd(52)}${ms(time).padStart(9)}  ${size.padStart(18)}  ${note}`);
console.log(`Rendering (pdf-lib, Atkinson Hyperlegible Next subset, QR as vector rectangles), module "${module.key}" (${module.lessons.length} lessons)`);
line("1 certificate, first (cold) run", cold.ms, kb(cold.value.length), "(reads and parses the fonts)");
line(`1 certificate, median of ${WARM_RUNS} warm runs`, median(warm), kb(warmBytes), verdict(median(warm), ONE_GOAL_MS));
line(`1 certificate, path "${longest.key}" (${longest.lessons.length} lessons)`, fullest.ms, kb(fullest.value.length));
line(`${BATCH} certificates in one PDF, median of ${BATCH_RUNS}`, median(batch), `${(batchBytes / 1024 / 1024).toFixed(2)} MB (${Math.round(batchBytes / 1024)} KB)`, verdict(median(batch), HUNDRED_GOAL_MS));

// --- Issuing -------------------------------------------------------------------------------------

type Issued = { database: string; issueMs: number; printMs: number; renderMs: number; count: number; sequencesOk: boolean; ownMs: number; ownOk: boolean };

async function issueHundred(name: string, db: PrismaClient): Promise<Issued> {
  const tag = `bench-cert-${Date.now()}`;
  const club = await db.club.create({
    data: { name: `Bench ${tag}`, kind: "LIBRARY", addressLine: "ul. Szkolna 4", postalCode: "34-324", city: "Lipowa", gmina: "Lipowa", powiat: "p", voivodeship: "SLASKIE", joinCode: tag },
  });
  const manager = await db.user.create({ data: { displayName: "Barbara Kierownik", username: `${tag}.manager`, memberships: { create: { clubId: club.id, role: "MANAGER" } } } });
  const actor: Actor = { userId: manager.id, displayName: manager.displayName, username: manager.username, isAdmin: false, memberships: [{ clubId: club.id, clubName: club.name, role: "MANAGER" }], activeClubId: club.id };
  const lessons = module.lessons.map((lesson) => lesson.slug);
  const learners: Actor[] = [];
  for (let i = 0; i < BATCH * 2; i++) {
    const learner = await db.user.create({ data: { displayName: `${personName(i)} ${i}`, username: `${tag}.${i}`, memberships: { create: { clubId: club.id, role: "LEARNER" } } } });
    await db.lessonCompletion.createMany({ data: lessons.map((lessonSlug) => ({ userId: learner.id, lessonSlug, completedAt: new Date(Date.UTC(2026, 2, 1 + (i % 28), 10)) })) });
    learners.push({ userId: learner.id, displayName: learner.displayName, username: learner.username, isAdmin: false, memberships: [{ clubId: club.id, clubName: club.name, role: "LEARNER" }], activeClubId: null });
  }
  const [printed, downloading] = [learners.slice(0, BATCH), learners.slice(BATCH)];
  try {
    // What "Drukuj" does for a club whose 100 learners finished the module: issue, then read back and render.
    const group = await db.group.create({ data: { clubId: club.id, name: "Drukowani", members: { create: printed.map((learner) => ({ userId: learner.userId })) } } });
    const only = { ...noFilter, grupa: group.id };
    const issue = await timed(() => issueClubCertificates(db, actor, club.id, only));
    const print = await timed(() => printClubCertificates(db, actor, club.id, only, SITE));
    const render = await timed(() => renderCertificates(print.value));
    const stored = await db.certificate.findMany({ where: { clubId: club.id }, select: { sequence: true }, orderBy: { sequence: "asc" } });
    const sequencesOk = stored.length === BATCH && stored.every((row, i) => row.sequence === i + 1) && print.value.length === BATCH;
    // The other 100 learners download their own certificates at the same moment (one request each).
    const own = await timed(() => Promise.all(downloading.map((learner) => ownCertificate(db, learner, `MODULE:${module.key}`, SITE))));
    const all = await db.certificate.findMany({ where: { clubId: club.id }, select: { sequence: true }, orderBy: { sequence: "asc" } });
    const ownOk = all.length === 2 * BATCH && all.every((row, i) => row.sequence === i + 1) && new Set(own.value.map((doc) => doc.verificationCode)).size === BATCH;
    return { database: name, issueMs: issue.ms, printMs: print.ms, renderMs: render.ms, count: issue.value.ready, sequencesOk, ownMs: own.ms, ownOk };
  } finally {
    await db.certificate.deleteMany({ where: { clubId: club.id } });
    await db.user.deleteMany({ where: { username: { startsWith: `${tag}.` } } });
    await db.club.delete({ where: { id: club.id } });
  }
}

const issued: Issued[] = [];
const embedded = await openEmbedded(null);
await applyMigrations(embedded.factory);
const embeddedDb = new PrismaClient({ adapter: embedded.factory });
issued.push(await issueHundred("embedded (PGlite, in memory)", embeddedDb));
await embeddedDb.$disconnect();
await embedded.pglite.close();

if (process.env.DATABASE_URL) {
  const factory = postgresFactory(process.env.DATABASE_URL);
  await applyMigrations(factory);
  const pgDb = new PrismaClient({ adapter: postgresFactory(process.env.DATABASE_URL) });
  issued.push(await issueHundred(`PostgreSQL (${new URL(process.env.DATABASE_URL).host})`, pgDb));
  await pgDb.$disconnect();
} else {
  console.log("\nDATABASE_URL is not set: PostgreSQL skipped (set it to a postgresql:// address to include it).");
}

console.log(`\nIssuing ${BATCH} certificates (numbers under the club's advisory lock, codes, audit) and printing them`);
console.log(`  ${"database".padEnd(34)}${"issue".padStart(9)}${"read back".padStart(11)}${"render".padStart(9)}${"total".padStart(9)}  check`);
for (const row of issued) {
  const total = row.issueMs + row.printMs + row.renderMs;
  console.log(
    `  ${row.database.padEnd(34)}${ms(row.issueMs).padStart(9)}${ms(row.printMs).padStart(11)}${ms(row.renderMs).padStart(9)}${ms(total).padStart(9)}  ${row.sequencesOk ? `ok: ${row.count} issued, numbers 1–${BATCH}` : "WRONG: numbers or count"}  ${verdict(total, HUNDRED_GOAL_MS)}`,
  );
}
console.log(`\n${BATCH} learners downloading their own certificates at once (ownCertificate, concurrent)`);
for (const row of issued) {
  console.log(`  ${row.database.padEnd(34)}${ms(row.ownMs).padStart(9)}  ${row.ownOk ? `ok: numbers ${BATCH + 1}–${2 * BATCH}, no gaps or repeats` : "WRONG: numbers or codes"}`);
}
console.log(`\nNode ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}).`);
process.exit(0);
