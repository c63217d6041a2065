// Backups of the configured database, for `npm run db:backup -- FILE` and `npm run db:restore -- FILE`.
// PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction.
// Embedded PGlite: a gzipped tarball of the data directory (PGlite's dumpDataDir), which only
// this process may have open while it is taken or put back.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { ConfigError, parseConfig, type AppConfig } from "../config";

/** A failure a person can fix; the message is one Polish sentence and its English translation. */
export class BackupError extends Error {
  override name = "BackupError";
}

const STOP_THE_APP =
  "Zatrzymaj aplikację (npm start) przed kopią lub przywracaniem bazy — Stop the application (npm start) before backing up or restoring the database";

// ---------------------------------------------------------------------------------------------
// Files

/** `npm run` changes into the project directory; a relative FILE is meant from where it was typed. */
export function resolveUserPath(file: string, base = process.env.INIT_CWD || process.cwd()): string {
  return path.resolve(base, file);
}

function fsyncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, "r");
    fs.fsyncSync(fd);
  } catch {
    // Some systems cannot fsync a directory; the data itself was synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function fsyncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(full);
    else if (entry.isFile()) fsyncPath(full);
  }
  fsyncPath(dir);
}

function refuseExisting(file: string): void {
  if (fs.existsSync(file)) {
    throw new BackupError(
      `Plik ${file} już istnieje — wybierz inną nazwę — ${file} already exists: choose another name (an older backup is never overwritten)`,
    );
  }
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) {
    throw new BackupError(`Katalog ${dir} nie istnieje — The directory ${dir} does not exist`);
  }
}

/** Moves a finished temporary file into place: fsync the file, rename, fsync the directory. */
function publish(tmp: string, file: string): void {
  fsyncPath(tmp);
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(file));
}

function readBackup(file: string): Buffer {
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch {
    throw new BackupError(`Nie można odczytać pliku ${file} — Cannot read the backup file ${file}`);
  }
  return content;
}

function kindOf(content: Buffer): "postgres" | "embedded" | "unknown" {
  if (content.subarray(0, 5).toString("latin1") === "PGDMP") return "postgres";
  if (content[0] === 0x1f && content[1] === 0x8b) return "embedded";
  return "unknown";
}

function notABackup(file: string, expected: "postgres" | "embedded", found: ReturnType<typeof kindOf>): BackupError {
  if (found === "postgres") {
    return new BackupError(
      `${file} to kopia bazy PostgreSQL, a DATABASE_URL nie jest ustawiony — ${file} is a PostgreSQL backup but DATABASE_URL is not set; nothing was changed`,
    );
  }
  if (found === "embedded") {
    return new BackupError(
      `${file} to kopia wbudowanej bazy, a ustawiono DATABASE_URL — ${file} is a backup of the embedded database but DATABASE_URL is set; nothing was changed`,
    );
  }
  const what = expected === "postgres" ? "pg_dump --format=custom" : "npm run db:backup";
  return new BackupError(
    `${file} nie jest kopią bazy (${what}) — ${file} is not a database backup; nothing was changed`,
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** pg_dump / pg_restore: from PATH first, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {}
  }
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => /^\d+(\.\d+)?$/.test(version))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new BackupError(
    `Nie znaleziono programu ${name} — zainstaluj klienta PostgreSQL (np. apt install postgresql-client) — ${name} was not found: install the PostgreSQL client tools (e.g. apt install postgresql-client)`,
  );
}

// Parameters Prisma and node-postgres accept in a URL that libpq (pg_dump) rejects.
const nonLibpqParameters = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
  "sslaccept",
  "uselibpqcompat",
];

/** The URL without its password (passed in PGPASSWORD, so `ps` and messages never show it). */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv; password: string; label: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of nonLibpqParameters) parsed.searchParams.delete(name);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (password) env.PGPASSWORD = password;
  const label = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  return { dbname: parsed.toString(), env, password, label };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv, secret: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "ignore", "pipe"], shell: false });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const redacted = secret ? stderr.split(secret).join("***") : stderr;
      resolve({ code: code ?? 1, stderr: redacted.trim() });
    });
  });
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  refuseExisting(file);
  const pgDump = findPgTool("pg_dump");
  const { dbname, env, password, label } = libpqConnection(url);
  const tmp = `${file}.tmp`;
  fs.rmSync(tmp, { force: true });
  const { code, stderr } = await run(
    pgDump,
    ["--format=custom", "--no-owner", "--file", tmp, "--dbname", dbname],
    env,
    password,
  );
  if (code !== 0) {
    fs.rmSync(tmp, { force: true });
    throw new BackupError(
      `pg_dump nie wykonał kopii bazy ${label} — pg_dump could not back up ${label}: ${stderr.split("\n")[0] ?? ""}`,
    );
  }
  publish(tmp, file);
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  const content = readBackup(file);
  if (kindOf(content) !== "postgres") throw notABackup(file, "postgres", kindOf(content));
  const pgRestore = findPgTool("pg_restore");
  const { dbname, env, password, label } = libpqConnection(url);
  // Reading the table of contents first: a truncated or damaged archive fails here, untouched.
  const list = await run(pgRestore, ["--list", file], env, password);
  if (list.code !== 0) {
    throw new BackupError(
      `${file} jest uszkodzony — ${file} is damaged; nothing was changed: ${list.stderr.split("\n")[0] ?? ""}`,
    );
  }
  // One transaction: any error leaves the database as it was.
  const { code, stderr } = await run(
    pgRestore,
    ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", dbname, file],
    env,
    password,
  );
  if (code !== 0) {
    throw new BackupError(
      `pg_restore nie przywrócił bazy ${label}; baza pozostała bez zmian — pg_restore could not restore ${label}; the database was left as it was: ${stderr.split("\n")[0] ?? ""}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded PGlite

/**
 * Which other processes have files of the data directory open (Linux, from /proc). PGlite takes
 * no lock: a second process opens a directory in use without an error, and two writers corrupt
 * it, so the open files are what tells. `certain` is false when some processes could not be
 * inspected (no /proc, or another user's processes).
 */
export function embeddedDirHolders(dir: string): { pids: number[]; certain: boolean } {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return { pids: [], certain: true };
  }
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return { pids: [], certain: false };
  }
  const pids: number[] = [];
  let certain = entries.length > 0;
  for (const entry of entries) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch (error) {
      // A process that ended meanwhile is no holder; one we may not look into is unknown.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") certain = false;
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target === real || target.startsWith(real + path.sep)) {
        pids.push(pid);
        break;
      }
    }
  }
  return { pids, certain };
}

/** Throws the „stop the application” error when another process may have the directory open. */
export function assertEmbeddedDirFree(dir: string): void {
  const { pids, certain } = embeddedDirHolders(dir);
  if (pids.length) {
    throw new BackupError(`${STOP_THE_APP} (${dir} is open in process ${pids.join(", ")})`);
  }
  // PGlite writes postmaster.pid when it opens the directory and removes it when it closes it.
  if (fs.existsSync(path.join(dir, "postmaster.pid")) && !certain) {
    throw new BackupError(
      `${STOP_THE_APP} (${dir}/postmaster.pid exists; if the application is certainly stopped, e.g. after a crash, delete that file)`,
    );
  }
}

function isDataDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, "PG_VERSION"));
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  refuseExisting(file);
  if (!isDataDir(dataDir)) {
    throw new BackupError(
      `W ${dataDir} nie ma bazy danych — There is no embedded database in ${dataDir} (run npm run db:migrate, or set EMBEDDED_DB_DIR)`,
    );
  }
  assertEmbeddedDirFree(dataDir);
  const pglite = new PGlite(dataDir);
  let archive: Blob;
  try {
    await pglite.waitReady;
    archive = await pglite.dumpDataDir("gzip");
  } finally {
    await pglite.close();
  }
  // Had the application opened the directory while it was copied, the copy could be torn.
  assertEmbeddedDirFree(dataDir);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await archive.arrayBuffer()));
  publish(tmp, file);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

/**
 * Puts a backup in place of the data directory. The backup is first unpacked into a sibling
 * directory and opened there, so a damaged file changes nothing; then the existing directory is
 * moved aside to `<dir>.before-restore-<timestamp>` (never deleted) and the new one renamed in.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  now = new Date(),
): Promise<{ movedAsideTo: string | undefined }> {
  const content = readBackup(file);
  if (kindOf(content) !== "embedded") throw notABackup(file, "embedded", kindOf(content));
  const damaged = new BackupError(
    `${file} jest uszkodzony lub nie jest kopią wbudowanej bazy; dane pozostały bez zmian — ${file} is damaged or not a backup of the embedded database; the data was left as it was`,
  );
  // Checked here: PGlite unpacks in the background, and a broken gzip stream escapes its promise.
  let tar: Buffer;
  try {
    tar = zlib.gunzipSync(content);
  } catch {
    throw damaged;
  }
  if (tar.subarray(257, 262).toString("latin1") !== "ustar") throw damaged;
  assertEmbeddedDirFree(dataDir);

  const staging = `${dataDir}.restoring-${stamp(now)}`;
  const aside = `${dataDir}.before-restore-${stamp(now)}`;
  if (fs.existsSync(staging) || fs.existsSync(aside)) {
    throw new BackupError(`${staging} lub ${aside} już istnieje — already exists; try again in a moment`);
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  try {
    const pglite = new PGlite(staging, { loadDataDir: new Blob([new Uint8Array(content)]) });
    try {
      await pglite.waitReady;
      await pglite.query("SELECT count(*) FROM pg_class");
    } finally {
      await pglite.close().catch(() => {});
    }
    if (!isDataDir(staging)) throw new Error("no PG_VERSION");
    fsyncTree(staging);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // our own half-unpacked copy
    throw damaged;
  }

  // Checked again: the unpacking took a while.
  try {
    assertEmbeddedDirFree(dataDir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let movedAsideTo: string | undefined;
  if (fs.existsSync(dataDir)) {
    fs.renameSync(dataDir, aside);
    movedAsideTo = aside;
  }
  fs.renameSync(staging, dataDir);
  fsyncPath(path.dirname(dataDir));
  return { movedAsideTo };
}

// ---------------------------------------------------------------------------------------------
// The configured database

export async function backupConfigured(config: AppConfig, file: string): Promise<string> {
  if (config.database.kind === "postgres") {
    await backupPostgres(config.database.url, file);
    return `Kopia zapisana — Backup written: ${file} (PostgreSQL ${libpqConnection(config.database.url).label})`;
  }
  await backupEmbedded(config.database.dataDir, file);
  return `Kopia zapisana — Backup written: ${file} (embedded database ${config.database.dataDir})`;
}

export async function restoreConfigured(config: AppConfig, file: string): Promise<string> {
  if (config.database.kind === "postgres") {
    await restorePostgres(config.database.url, file);
    return `Baza przywrócona — Database restored from ${file} (PostgreSQL ${libpqConnection(config.database.url).label})`;
  }
  const { movedAsideTo } = await restoreEmbedded(config.database.dataDir, file);
  const aside = movedAsideTo
    ? ` Poprzednie dane przeniesiono do — the previous data was moved to ${movedAsideTo}`
    : "";
  return `Baza przywrócona — Database restored from ${file} (embedded database ${config.database.dataDir}).${aside}`;
}

/**
 * The body of `npm run db:backup -- FILE` and `npm run db:restore -- FILE`: one file argument,
 * the outcome in a sentence, and the exit code (2 usage, 1 failure). Expected failures show their
 * message alone; anything else its full error, for the operator.
 */
export async function runBackupCommand(command: "db:backup" | "db:restore", args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.length !== 1 || !args[0] || args[0].startsWith("-")) {
    console.error(`Użycie / usage: npm run ${command} -- FILE`);
    return 2;
  }
  const run = command === "db:backup" ? backupConfigured : restoreConfigured;
  try {
    console.log(await run(parseConfig(env), resolveUserPath(args[0])));
    return 0;
  } catch (error) {
    if (error instanceof BackupError || error instanceof ConfigError) console.error(`${command}: ${error.message}`);
    else console.error(error);
    return 1;
  }
}
