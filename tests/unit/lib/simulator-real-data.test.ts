import { findRealData, isValidAccountNumber, isValidPesel, looksLikeRealPassword, passesLuhn } from "@/lib/simulators/real-data";
import { decodeState, encodeState } from "@/lib/simulators/state";

const text = (value: string) => findRealData([{ name: "pole", kind: "text" }], { pole: value });

describe("real personal data typed into a practice screen", () => {
  it("knows a PESEL by its check digit and its date, in any century", () => {
    expect(isValidPesel("44051401359")).toBe(true);
    expect(isValidPesel("02270803624")).toBe(true); // born 2002: month + 20
    expect(isValidPesel("44051401358")).toBe(false); // wrong check digit
    expect(isValidPesel("44133101357")).toBe(false); // month 13
    expect(isValidPesel("00000000000")).toBe(false); // the made-up PESEL the simulators show
    expect(isValidPesel("4405140135")).toBe(false);
  });

  it("finds a PESEL written with spaces or dashes, or inside a sentence", () => {
    expect(text("44051401359")).toBe("pesel");
    expect(text("440 514 013 59")).toBe("pesel");
    expect(text("mój pesel to 44051401359.")).toBe("pesel");
  });

  it("finds a card number (Luhn) and a Polish account number (IBAN check), but not made-up ones", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(text("4111 1111 1111 1111")).toBe("karta");
    expect(text("4111 1111 1111 1112")).toBeNull();
    expect(text("0000 0000 0000 0000")).toBeNull();
    expect(isValidAccountNumber("61109010140000071219812874")).toBe(true);
    expect(text("PL61 1090 1014 0000 0712 1981 2874")).toBe("konto");
    expect(text("00 0000 0000 0000 0000 0000 0000")).toBeNull();
  });

  it("lets the practice data through: codes, the 8080 number, a login, amounts", () => {
    for (const value of ["482913", "8080", "12345678", "jan.przykladowy", "1 250,00", "Jan", "0000-0000"]) expect(text(value)).toBeNull();
  });

  it("treats anything but the practice password in a password field as possibly real", () => {
    const field = [{ name: "haslo", kind: "password" as const, practicePassword: "cwiczenie" }];
    expect(findRealData(field, { haslo: "cwiczenie" })).toBeNull();
    expect(findRealData(field, { haslo: " Cwiczenie " })).toBeNull();
    expect(findRealData(field, { haslo: "Kasia1955!" })).toBe("haslo");
    expect(findRealData(field, { haslo: "abc" })).toBeNull(); // too short to be a password: a plain hint follows
    expect(looksLikeRealPassword("", "cwiczenie")).toBe(false);
  });
});

describe("the practice's choices in the address", () => {
  it("round-trips choices and starts afresh from a damaged or hand-made value", () => {
    const state = { sposob: "bank", "sms-1": "oszustwo" };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(decodeState("nie-base64-%%%")).toEqual({});
    expect(decodeState(Buffer.from(JSON.stringify({ login: "Jan Kowalski 44051401359" })).toString("base64url"))).toEqual({});
    expect(decodeState(undefined)).toEqual({});
  });
});
