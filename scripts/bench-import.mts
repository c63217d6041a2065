// npm run bench:import — onboarding clubs by the thousand: one CSV file of 2,500 clubs (every
// voivodeship, realistic names and addresses), imported on the embedded database and, with
// BENCH_DATABASE_URL, on PostgreSQL. Prints the time to check and write the whole file (goal:
// under a minute), the time of the same file again (nothing to write), and of rendering the
// managers' 2,500 letters. BENCH_ROWS=2500 changes the size.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { Client } from "pg";
import type { Actor } from "../lib/access/policy";
import { voivodeshipCodes } from "../lib/areas/teryt";
import { importClubs } from "../lib/club-import/import";
import { importLetters, lettersCsv, renderManagerLetters } from "../lib/club-import/letters";
import { columns } from "../lib/club-import/rows";
import { openEmbedded, postgresFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";

const ROWS = Number(process.env.BENCH_ROWS ?? 2500);
const secret = randomBytes(32).toString("base64");
const kinds = ["Biblioteka publiczna", "Dom kultury", "Uniwersytet Trzeciego Wieku", "Inne miejsce"];
const codes = Object.values(voivodeshipCodes);

function clubFile(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const teryt = `${codes[i % 16]}${String(((i >> 4) % 20) + 1).padStart(2, "0")}${String(((i >> 8) % 15) + 1).padStart(2, "0")}${[1, 2, 3][i % 3]}`;
    return [`KRC-${String(i + 1).padStart(5, "0")}`, `Klub Rozwoju Cyfrowego w Bibliotece Publicznej nr ${i + 1}`, kinds[i % 4], `ul. Szkolna ${(i % 90) + 1}`, `${String(10 + (i % 89)).padStart(2, "0")}-${String(i % 1000).padStart(3, "0")}`, `Miejscowość ${i}`, `Gmina ${i % 300}`, `powiat ${i % 380}`, "", teryt, `kierownik.${i + 1}@biblioteka.example.pl`];
  });
  return `\uFEFF${[columns.map((c) => c.header), ...rows].map((row) => row.join(";")).join("\r\n")}\r\n`;
}

async function measure(label: string, db: PrismaClient) {
  const adminUser = await db.user.create({ data: { displayName: "Admin", username: `admin.${Date.now()}`, isAdmin: true } });
  const admin: Actor = { userId: adminUser.id, displayName: "Admin", username: adminUser.username, isAdmin: true, memberships: [], activeClubId: null };
  const file = { name: "kluby.csv", text: clubFile() };
  let progressLines = 0;
  let started = performance.now();
  const first = await importClubs(db, admin, file, { secret, onProgress: () => progressLines++ });
  const firstMs = performance.now() - started;
  if (!first.ok) throw new Error(`the bench file was refused: ${first.problems[0]?.message}`);
  started = performance.now();
  const again = await importClubs(db, admin, file, { secret });
  const againMs = performance.now() - started;
  if (!again.ok || again.summary.created || again.summary.invited) throw new Error("the second import changed something");
  started = performance.now();
  const { letters } = await importLetters(db, admin, first.summary.importId, secret, "https://klubcyfrowy.example.pl");
  const csv = lettersCsv(letters);
  const listMs = performance.now() - started;
  started = performance.now();
  const pdf = await renderManagerLetters(letters);
  const pdfMs = performance.now() - started;
  const goal = firstMs < 60_000 ? "goal < 60 s: met" : "goal < 60 s: NOT met";
  console.log(`${label}: ${ROWS} rows (${(file.text.length / 1024).toFixed(0)} KB)`);
  console.log(`  first import      ${(firstMs / 1000).toFixed(2).padStart(6)} s  (${first.summary.created} clubs, ${first.summary.invited} invitations, ${progressLines} progress lines; ${goal})`);
  console.log(`  same file again   ${(againMs / 1000).toFixed(2).padStart(6)} s  (${again.summary.unchanged} unchanged, nothing written)`);
  console.log(`  links CSV         ${(listMs / 1000).toFixed(2).padStart(6)} s  (${(csv.length / 1024).toFixed(0)} KB)`);
  console.log(`  letters PDF       ${(pdfMs / 1000).toFixed(2).padStart(6)} s  (${letters.length} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB)`);
}

console.log(`bench:import — ${os.cpus().length} cores`);
if (process.env.BENCH_EMBEDDED !== "0") {
  const { pglite, factory } = await openEmbedded(null);
  await applyMigrations(factory);
  const db = new PrismaClient({ adapter: factory });
  await measure("embedded (PGlite)", db);
  await db.$disconnect();
  await pglite.close();
}
const url = process.env.BENCH_DATABASE_URL;
if (url) {
  const name = `kc_bench_import_${randomBytes(4).toString("hex")}`;
  const server = new Client({ connectionString: url });
  await server.connect();
  await server.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    await applyMigrations(postgresFactory(target.toString()));
    const db = new PrismaClient({ adapter: postgresFactory(target.toString()) });
    await measure("PostgreSQL", db);
    await db.$disconnect();
  } finally {
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  }
} else {
  console.log("PostgreSQL: set BENCH_DATABASE_URL to a server where the user may create databases.");
}
process.exit(0); // the WebAssembly schema engine leaves a 10 s timer running
