/** @jest-environment node */
import { staffPasswordSchema } from "@/lib/auth/credentials";

const refused = (password: string) => staffPasswordSchema.safeParse(password).success === false;
const message = (password: string) => staffPasswordSchema.safeParse(password).error?.issues[0]?.message;

describe("staffPasswordSchema and Polish passwords", () => {
  it.each(["kochanie1234", "Kochanie12345!", "polska123456", "123456kochanie", "KOCHANIE 2024!!"])(
    "refuses the common Polish word with digits around it: %s",
    (password) => {
      expect(refused(password)).toBe(true);
      expect(message(password)).toMatch(/łatwo (je )?zgadnąć|liście często używanych haseł/);
    },
  );

  it.each(["słoneczko2024!", "Sloneczko2024!", "Małgorzata1975", "wiewiorka12345", "rzeczpospolita"])(
    "refuses a word or name found only in the Polish lists: %s",
    (password) => {
      expect(refused(password)).toBe(true);
    },
  );

  it("still refuses the common passwords, and one with digits added", () => {
    expect(message("qwerty123456")).toMatch(/liście często używanych haseł/);
    expect(refused("sunshine2024!!")).toBe(true);
  });

  it("accepts a long sentence and a strong password", () => {
    expect(staffPasswordSchema.safeParse("Biblioteka w Lipowej ma zielone drzwi").success).toBe(true);
    expect(staffPasswordSchema.safeParse("kochanie to nasz kot z Lipowej").success).toBe(true);
    expect(staffPasswordSchema.safeParse("v7#Qm2!xLp9$wR").success).toBe(true);
    expect(staffPasswordSchema.safeParse("Kot-Rower-Zima-Herbata-7").success).toBe(true);
  });

  it("gives one message, not two", () => {
    expect(staffPasswordSchema.safeParse("kochanie1234").error?.issues).toHaveLength(1);
    expect(staffPasswordSchema.safeParse("qwerty123456").error?.issues).toHaveLength(1);
  });
});
