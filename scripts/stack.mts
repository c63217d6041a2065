// The production set-up on loopback for the benchmarks: scripts/stack.sh (which
// scripts/deploy-check.sh sources) driven from TypeScript, so all three start PostgreSQL, app
// instances and nginx the same way. A Stack owns one temporary directory; whatever was started
// in it is stopped when the process exits, however it exits.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./stack.sh", import.meta.url));
const open = new Set<Stack>();

process.on("exit", () => {
  for (const stack of open) stack.down();
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

export type NginxOptions = { workers?: number; accessLog?: boolean; staticPort?: number; staticRoot?: string };

export class Stack {
  readonly dir: string;
  /** One secret for every instance of the stack: a session made by one is valid on the others. */
  readonly secret = randomBytes(32).toString("base64url");

  constructor(name: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `klub-${name}-`));
    open.add(this);
  }

  private run(args: (string | number)[], env: Record<string, string> = {}): string {
    return execFileSync("bash", [script, ...args.map(String)], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  }

  /** A throwaway PostgreSQL cluster in the stack's directory; its postgresql:// URL. */
  postgres(port: number): string {
    return this.run(["pg-start", this.dir, port]);
  }

  /**
   * `npm start` on `port` in the background, as deploy/ runs it: NEXTAUTH_URL is the address
   * people use (the proxy's, when there is one), TRUSTED_PROXY_HOPS=1 as behind one nginx.
   * `database` is a postgresql:// URL or a directory for an embedded database of its own.
   */
  startApp(port: number, options: { origin: string; database: string; env?: Record<string, string> }) {
    const database: Record<string, string> = /^postgres(ql)?:/.test(options.database)
      ? { DATABASE_URL: options.database }
      : { DATABASE_URL: "", EMBEDDED_DB_DIR: options.database };
    this.run(["app-start", this.dir, port], {
      NEXTAUTH_URL: options.origin,
      NEXTAUTH_SECRET: this.secret,
      TRUSTED_PROXY_HOPS: "1",
      ...database,
      ...options.env,
    });
  }

  /** Until the instance's /api/health answers 200; throws with the end of its log otherwise. */
  waitApp(port: number) {
    this.run(["app-wait", this.dir, port]);
  }

  stopApp(port: number) {
    this.run(["app-stop", this.dir, port]);
  }

  /** nginx with deploy/nginx.conf on 127.0.0.1:port in front of two instances. */
  startNginx(port: number, apps: [number, number], options: NginxOptions = {}) {
    this.run(["nginx-start", this.dir, port, `127.0.0.1:${apps[0]}`, `127.0.0.1:${apps[1]}`], {
      STACK_NGINX_WORKERS: String(options.workers ?? 1),
      STACK_NGINX_ACCESS_LOG: options.accessLog === false ? "0" : "1",
      ...(options.staticPort ? { STACK_STATIC_PORT: String(options.staticPort), STACK_STATIC_ROOT: options.staticRoot ?? "" } : {}),
    });
  }

  stopNginx() {
    this.run(["nginx-stop", this.dir]);
  }

  /** The process (group leader) of an app instance, or nginx's master; for CPU accounting. */
  pid(of: number | "nginx"): number | undefined {
    const file = of === "nginx" ? path.join(this.dir, "nginx", "nginx.pid") : path.join(this.dir, `app-${of}.pid`);
    return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").trim()) : undefined;
  }

  log(port: number): string {
    return fs.readFileSync(path.join(this.dir, `app-${port}.log`), "utf8");
  }

  /** Stops everything started in the stack and removes its directory. */
  down() {
    if (!open.delete(this)) return;
    try {
      this.run(["down", this.dir]);
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/** CPU seconds used by processes and all their descendants (Linux /proc; null elsewhere). */
export function treeCpuSeconds(roots: (number | undefined)[]): number | null {
  const wanted = new Set(roots.filter((pid): pid is number => Boolean(pid)));
  if (!wanted.size || !fs.existsSync("/proc/self/stat")) return null;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]!.split(" ");
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // ended meanwhile
    }
  }
  let ticks = 0;
  for (const [pid, stat] of stats) {
    for (let p: number | undefined = pid; p; p = stats.get(p)?.ppid) {
      if (wanted.has(p)) {
        ticks += stat.ticks;
        break;
      }
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The parent of a process (Linux /proc), e.g. PostgreSQL's postmaster from a backend's pid. */
export function parentPid(pid: number): number | undefined {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Whether this machine can run the stack: nginx, envsubst and PostgreSQL's server binaries. */
export function stackAvailable(): { nginx: boolean; postgres: boolean } {
  const has = (command: string) => {
    try {
      execFileSync("bash", ["-c", `command -v ${command} || test -x /usr/sbin/${command}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  const postgres = fs.existsSync("/usr/lib/postgresql") && fs.readdirSync("/usr/lib/postgresql").some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`));
  return { nginx: has("nginx") && has("envsubst"), postgres: postgres || has("pg_ctl") };
}
