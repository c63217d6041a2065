/** @jest-environment node */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { openEmbedded, postgresFactory } from "@/lib/db/adapters";
import {
  backupEmbedded,
  backupPostgres,
  libpqConnection,
  restoreEmbedded,
  restorePostgres,
} from "@/lib/db/backup";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";
import { demoLessonsFromReport } from "../helpers/content-report";
import { postgresUrl } from "../helpers/databases";

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Every table of the public schema, _prisma_migrations included, as ordered JSON rows. */
async function dumpAllTables(query: Query): Promise<Record<string, string[]>> {
  const tables = await query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, string[]> = {};
  for (const { table_name } of tables) {
    const rows = await query(`SELECT row_to_json(t)::text AS row FROM "public"."${table_name}" t ORDER BY 1`);
    result[String(table_name)] = rows.map((row) => String(row.row));
  }
  return result;
}

/** Inserts, updates and deletes rows in several tables. */
const changes = [
  `UPDATE "User" SET "displayName" = 'Zmieniony po kopii', "sessionVersion" = "sessionVersion" + 1`,
  `UPDATE "Club" SET name = 'Klub po kopii'`,
  `DELETE FROM "StepProgress" WHERE ctid IN (SELECT ctid FROM "StepProgress" LIMIT 5)`,
  `DELETE FROM "GroupMember" WHERE ctid IN (SELECT ctid FROM "GroupMember" LIMIT 1)`,
  `INSERT INTO "User" (id, "displayName", username, "updatedAt") VALUES ('after-backup', 'Nowy', 'nowy.po.kopii', now())`,
  `DELETE FROM "_prisma_migrations" WHERE ctid IN (SELECT ctid FROM "_prisma_migrations" ORDER BY finished_at DESC LIMIT 1)`,
];

const lessons = demoLessonsFromReport();

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kc-backup-"));
}

describe("backup and restore of the embedded database", () => {
  let root: string;
  let dataDir: string;

  async function withDir<T>(work: (query: Query) => Promise<T>): Promise<T> {
    const pglite = new PGlite(dataDir);
    try {
      await pglite.waitReady;
      return await work(async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await pglite.close();
    }
  }

  beforeAll(async () => {
    root = tempDir();
    dataDir = path.join(root, "pglite");
    const { pglite, factory } = await openEmbedded(dataDir);
    await applyMigrations(factory);
    const db = new PrismaClient({ adapter: factory });
    await seedDemo(db, lessons);
    await db.$disconnect();
    await pglite.close();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("restores every table to its rows at backup time, keeping the replaced data aside", async () => {
    const before = await withDir(dumpAllTables);
    expect(before._prisma_migrations?.length).toBeGreaterThan(0);
    expect(before.StepProgress?.length).toBeGreaterThan(100);

    const file = path.join(root, "kopia.tar.gz");
    await backupEmbedded(dataDir, file);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    await expect(backupEmbedded(dataDir, file)).rejects.toThrow(/już istnieje/);

    await withDir(async (query) => {
      for (const sql of changes) await query(sql);
    });
    const changed = await withDir(dumpAllTables);
    expect(changed).not.toEqual(before);

    const { movedAsideTo } = await restoreEmbedded(dataDir, file, new Date("2026-12-03T10:00:00Z"));
    expect(movedAsideTo).toBe(`${dataDir}.before-restore-2026-12-03T10-00-00-000Z`);
    expect(await withDir(dumpAllTables)).toEqual(before);

    // The replaced data is kept, whole.
    const aside = new PGlite(movedAsideTo!);
    await aside.waitReady;
    expect(await dumpAllTables(async (sql) => (await aside.query<Record<string, unknown>>(sql)).rows)).toEqual(changed);
    await aside.close();
  });

  it("refuses a garbage or missing file and leaves the data untouched", async () => {
    const before = await withDir(dumpAllTables);
    const garbage = path.join(root, "garbage.tar.gz");
    fs.writeFileSync(garbage, randomBytes(4096));
    const entriesBefore = fs.readdirSync(root).sort();
    await expect(restoreEmbedded(dataDir, garbage)).rejects.toThrow(/nie jest kopią|not a database backup/);
    // A gzip header with a broken stream after it; a sound gzip of something else; a cut-off backup.
    fs.writeFileSync(garbage, Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), randomBytes(4096)]));
    await expect(restoreEmbedded(dataDir, garbage)).rejects.toThrow(/uszkodzony.*data was left as it was/);
    fs.writeFileSync(garbage, gzipSync(randomBytes(8192)));
    await expect(restoreEmbedded(dataDir, garbage)).rejects.toThrow(/uszkodzony.*data was left as it was/);
    const backup = fs.readFileSync(path.join(root, "kopia.tar.gz"));
    fs.writeFileSync(garbage, backup.subarray(0, Math.floor(backup.length / 2)));
    await expect(restoreEmbedded(dataDir, garbage)).rejects.toThrow(/uszkodzony.*data was left as it was/);
    await expect(restoreEmbedded(dataDir, path.join(root, "missing.tar.gz"))).rejects.toThrow(/Nie można odczytać/);
    expect(fs.readdirSync(root).sort()).toEqual(entriesBefore);
    expect(await withDir(dumpAllTables)).toEqual(before);
  });

  it("refuses to back up or restore while another process has the database open", async () => {
    const file = path.join(root, "while-open.tar.gz");
    const holder: ChildProcess = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { PGlite } from "@electric-sql/pglite";
         const db = new PGlite(${JSON.stringify(dataDir)}); await db.waitReady;
         await db.query("SELECT count(*) FROM \\"User\\""); console.log("ready");
         setInterval(() => {}, 1000);`,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
        holder.on("exit", () => reject(new Error("the holder process exited")));
      });
      await expect(backupEmbedded(dataDir, file)).rejects.toThrow(/Zatrzymaj aplikację \(npm start\).*Stop the application/);
      expect(fs.existsSync(file)).toBe(false);
      expect(fs.existsSync(`${file}.tmp`)).toBe(false);
      await expect(restoreEmbedded(dataDir, path.join(root, "kopia.tar.gz"))).rejects.toThrow(/Zatrzymaj aplikację/);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
    }
  });
});

describe("the PostgreSQL connection for pg_dump and pg_restore", () => {
  it("keeps the password out of the command line and the messages", () => {
    const connection = libpqConnection("postgresql://klub:s3cr%40t@db.example:5433/klub?schema=public&sslmode=require");
    expect(connection.dbname).toBe("postgresql://klub@db.example:5433/klub?sslmode=require");
    expect(connection.env.PGPASSWORD).toBe("s3cr@t");
    expect(connection.label).toBe("db.example:5433/klub");
  });
});

const describePostgres = postgresUrl ? describe : describe.skip;

describePostgres("backup and restore of a PostgreSQL database", () => {
  const name = `kc_test_${randomBytes(6).toString("hex")}`;
  let admin: Client;
  let url: string;
  let root: string;

  async function query(sql: string): Promise<Record<string, unknown>[]> {
    const connection = new Client({ connectionString: url });
    await connection.connect();
    try {
      return (await connection.query(sql)).rows;
    } finally {
      await connection.end();
    }
  }

  beforeAll(async () => {
    root = tempDir();
    admin = new Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const parsed = new URL(postgresUrl!);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    await applyMigrations(postgresFactory(url));
    const db = new PrismaClient({ adapter: postgresFactory(url) });
    await seedDemo(db, lessons);
    await db.$disconnect();
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("restores every table to its rows at backup time", async () => {
    const before = await dumpAllTables(query);
    expect(before._prisma_migrations?.length).toBeGreaterThan(0);
    const file = path.join(root, "kopia.dump");
    await backupPostgres(url, file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);

    for (const sql of changes) await query(sql);
    expect(await dumpAllTables(query)).not.toEqual(before);

    await restorePostgres(url, file);
    expect(await dumpAllTables(query)).toEqual(before);
  });

  it("refuses a garbage file and leaves the data untouched", async () => {
    const before = await dumpAllTables(query);
    const garbage = path.join(root, "garbage.dump");
    fs.writeFileSync(garbage, randomBytes(4096));
    await expect(restorePostgres(url, garbage)).rejects.toThrow(/not a database backup/);
    // A valid header and a cut-off body: pg_restore itself finds the damage.
    const good = path.join(root, "good.dump");
    await backupPostgres(url, good);
    fs.writeFileSync(garbage, fs.readFileSync(good).subarray(0, 2000));
    await expect(restorePostgres(url, garbage)).rejects.toThrow(/damaged|left as it was/);
    expect(await dumpAllTables(query)).toEqual(before);
  });

  it("reports a failed connection without the password", async () => {
    const parsed = new URL(url);
    parsed.username = "nobody_here";
    parsed.password = "TopSecretPassword";
    parsed.port = "1";
    const error = await backupPostgres(parsed.toString(), path.join(root, "never.dump")).catch((e: Error) => e);
    expect(String(error)).toMatch(/pg_dump could not back up/);
    expect(String(error)).not.toContain("TopSecretPassword");
  });
});
