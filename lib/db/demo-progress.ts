import type { Db } from "./client";
import type { seedDemoPeople } from "./demo-seed";

type Seeded = Awaited<ReturnType<typeof seedDemoPeople>>;

export async function seedDemoProgress(_db: Db, _seeded: Seeded): Promise<void> {}
