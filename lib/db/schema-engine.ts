import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

// Prisma's schema engine compiled to WebAssembly: the CLI's migrate commands need a native
// binary that is downloaded at run time, which this project must not depend on.
type JsResult<T> = { tag: "ok"; value: T } | { tag: "error"; value: string };
export type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: JsResult<string> } }[];
};
type SchemaFiles = { files: { path: string; content: string }[] };
type DiffTarget =
  | { tag: "empty" }
  | ({ tag: "schemaDatamodel" } & SchemaFiles)
  | ({ tag: "migrations" } & MigrationList);
const noFilters = { externalTables: [], externalEnums: [] };

export interface SchemaEngine {
  applyMigrations(input: { migrationsList: MigrationList; filters: typeof noFilters }): Promise<{
    appliedMigrationNames: string[];
  }>;
  diff(input: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: typeof noFilters;
  }): Promise<{ exitCode: number; stdout: string | null }>;
  introspect(input: {
    schema: SchemaFiles;
    baseDirectoryPath: string;
    force: boolean;
    compositeTypeDepth: number;
    namespaces?: string[] | null;
  }): Promise<{ schema: SchemaFiles }>;
  free(): void;
}

export const projectRoot = process.cwd();
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

type WasmBindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (options: { datamodels: [string, string][] }, log: (line: string) => void, adapter: object) => Promise<SchemaEngine>;
  };
};

let bindings: Promise<WasmBindings> | undefined;

async function loadBindings(): Promise<WasmBindings> {
  const require = createRequire(path.join(projectRoot, "package.json"));
  const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const packageDir = path.dirname(bindingsFile);
  const bg = (await import(pathToFileURL(bindingsFile).href)) as WasmBindings & Record<string, unknown>;
  const bytes = fs.readFileSync(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  bindings ??= loadBindings();
  const bg = await bindings;
  const schema = fs.readFileSync(schemaPath, "utf8");
  return bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export function readMigrations(): MigrationList {
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
      },
    })),
  };
}

export function schemaFiles(): SchemaFiles {
  return { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] };
}

export { noFilters };
