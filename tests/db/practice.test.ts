/** @jest-environment node */
import { findScenario } from "@/components/simulators/registry";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { ownPractice } from "@/lib/simulators/practice";
import { encodeState } from "@/lib/simulators/state";
import { submitPracticeScreen } from "@/lib/simulators/submit";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const PESEL = "44051401359";
const CARD = "4111111111111111";
const PASSWORD = "Kasia1955!";

function form(screen: string, values: Record<string, string>, state: Record<string, string> = {}) {
  const data = new FormData();
  data.set("simulator", "logowanie-login-gov");
  data.set("screen", screen);
  if (Object.keys(state).length) data.set("stan", encodeState(state));
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe.each(databaseKinds)("practice on the %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let learner: Actor;

  /** Every row of every table, as text: what "stored on the server" means. */
  async function everythingStored(): Promise<string> {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const rows = await Promise.all(tables.map(({ name }) => db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`)));
    return rows.flat().map((row) => row.row).join("\n");
  }

  async function walk(actor: Actor | null, steps: [string, Record<string, string>][]) {
    const addresses: string[] = [];
    for (const [screen, values] of steps) addresses.push(await submitPracticeScreen(db, actor, form(screen, values), findScenario));
    return addresses;
  }

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const user = await db.user.create({ data: { displayName: "Jan Testowy", username: `practice-${kind}` } });
    learner = { userId: user.id, displayName: user.displayName, username: user.username, isAdmin: false, memberships: [], activeClubId: null };
  });
  afterAll(() => database.dispose());

  const toTheEnd: [string, Record<string, string>][] = [
    ["wybor", { wybor: "mobywatel" }],
    ["mobywatel-qr", { wybor: "potwierdz" }],
    ["zalogowano", { wybor: "wyloguj" }],
  ];

  it("counts a finished practice for the learner, once per finish, and nothing for a guest", async () => {
    await walk(null, toTheEnd);
    expect(await db.practiceResult.count()).toBe(0);
    const addresses = await walk(learner, toTheEnd);
    expect(addresses.at(-1)).toBe("/cwiczenia/logowanie-login-gov/koniec");
    await walk(learner, toTheEnd);
    const [record] = await ownPractice(db, learner);
    expect(record).toMatchObject({ simulatorSlug: "logowanie-login-gov", lessonSlug: "profil-zaufany/logowanie-login-gov-pl", timesCompleted: 2 });
  });

  it("refuses a PESEL, a card number and a real-looking password, and none of them reaches the database or the address", async () => {
    const refused = await walk(learner, [
      ["pz-login", { login: PESEL, haslo: "cwiczenie", wybor: "zaloguj" }],
      ["pz-login", { login: `karta ${CARD}`, haslo: "cwiczenie", wybor: "zaloguj" }],
      ["pz-login", { login: "jan.przykladowy", haslo: PASSWORD, wybor: "zaloguj" }],
    ]);
    expect(refused.map((address) => new URL(address, "http://x").searchParams.get("uwaga"))).toEqual(["pesel", "karta", "haslo"]);
    // Real data sent with a finished practice, even in a field no screen has, is not stored either.
    await walk(learner, [["wybor", { wybor: "mobywatel", notatka: PESEL }], ["mobywatel-qr", { wybor: "potwierdz", notatka: CARD }], ["zalogowano", { wybor: "wyloguj", notatka: PASSWORD }]]);
    const stored = await everythingStored();
    expect(stored).toContain("logowanie-login-gov");
    for (const secret of [PESEL, CARD, PASSWORD, "Kasia"]) expect(stored).not.toContain(secret);
    for (const address of refused) for (const secret of [PESEL, CARD, PASSWORD]) expect(address).not.toContain(secret);
  });

  it("starts a forged or unknown practice afresh instead of failing", async () => {
    const data = form("wybor", { wybor: "profil-zaufany" });
    data.set("simulator", "nie-ma-takiego");
    expect(await submitPracticeScreen(db, learner, data, findScenario)).toBe("/cwiczenia");
    expect(await submitPracticeScreen(db, learner, form("nie-ma-ekranu", { wybor: "x" }), findScenario)).toBe("/cwiczenia/logowanie-login-gov");
    const damaged = form("pz-sms", { kod: "482913" });
    damaged.set("stan", "%%%zepsute");
    expect(await submitPracticeScreen(db, learner, damaged, findScenario)).toBe("/cwiczenia/logowanie-login-gov/zalogowano");
  });
});
