/** @jest-environment node */
import { databaseOutageContinues, noteDatabaseOutage } from "@/lib/db/outage";

type Probe = () => Promise<unknown>;
const state = globalThis as typeof globalThis & { klubCyfrowyDb?: Promise<{ db: { $queryRawUnsafe: Probe } }>; klubCyfrowyOutageNoted?: boolean };

function useDatabase(probe: Probe) {
  let calls = 0;
  state.klubCyfrowyDb = Promise.resolve({ db: { $queryRawUnsafe: () => (calls++, probe()) } });
  return () => calls;
}

afterEach(() => {
  delete state.klubCyfrowyDb;
  delete state.klubCyfrowyOutageNoted;
});

describe("the outage the app noted", () => {
  it("costs nothing while none was noted: no probe at all", async () => {
    const calls = useDatabase(() => Promise.reject(new Error("down")));
    expect(await databaseOutageContinues()).toBe(false);
    expect(calls()).toBe(0);
  });

  it("goes on while the database does not answer, and ends at its first answer", async () => {
    let up = false;
    const calls = useDatabase(() => (up ? Promise.resolve([{ "?column?": 1 }]) : Promise.reject(new Error("ECONNREFUSED"))));
    noteDatabaseOutage();
    expect(await databaseOutageContinues()).toBe(true);
    expect(await databaseOutageContinues()).toBe(true);
    up = true;
    expect(await databaseOutageContinues()).toBe(false);
    expect(await databaseOutageContinues()).toBe(false);
    expect(calls()).toBe(3);
  });

  it("treats a probe that hangs as an outage, after a short wait", async () => {
    jest.useFakeTimers();
    try {
      useDatabase(() => new Promise(() => {}));
      noteDatabaseOutage();
      const answer = databaseOutageContinues();
      await jest.advanceTimersByTimeAsync(2_000);
      expect(await answer).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
