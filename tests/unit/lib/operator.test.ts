/** @jest-environment node */
import { ConfigError } from "@/lib/config";
import { getOperator, parseOperator } from "@/lib/operator";

const complete = {
  OPERATOR_NAME: "Centrum Projektów Polska Cyfrowa",
  OPERATOR_ADDRESS: "ul. Przykładowa 1, 00-001 Warszawa",
  OPERATOR_EMAIL: "kontakt@example.pl",
  OPERATOR_PHONE: "+48 22 123 45 67",
  OPERATOR_DPO_EMAIL: "iod@example.pl",
  OPERATOR_SITE_URL: "https://klub.example.pl",
  OPERATOR_LEGAL_BASIS: "e",
  OPERATOR_STATEMENT_PUBLISHED: "2026-03-02",
  OPERATOR_STATEMENT_UPDATED: "2026-03-31",
  OPERATOR_STATEMENT_PREPARED: "2026-03-31",
  OPERATOR_CONTACT_PERSON: "Koordynator do spraw dostępności",
};

describe("parseOperator", () => {
  it("gives null for every detail that is not set, so the pages show a placeholder", () => {
    expect(parseOperator({})).toEqual({
      name: null,
      address: null,
      email: null,
      phone: null,
      dpoEmail: null,
      siteUrl: null,
      legalBasis: null,
      statementPublished: null,
      statementUpdated: null,
      statementPrepared: null,
      contactPerson: null,
    });
  });

  it("treats a blank value as not set", () => {
    const operator = parseOperator({ OPERATOR_EMAIL: "   ", OPERATOR_NAME: "", OPERATOR_STATEMENT_PUBLISHED: " " });
    expect(operator.email).toBeNull();
    expect(operator.name).toBeNull();
    expect(operator.statementPublished).toBeNull();
  });

  it("reads a complete configuration, trimmed", () => {
    expect(parseOperator({ ...complete, OPERATOR_NAME: `  ${complete.OPERATOR_NAME}  ` })).toEqual({
      name: "Centrum Projektów Polska Cyfrowa",
      address: "ul. Przykładowa 1, 00-001 Warszawa",
      email: "kontakt@example.pl",
      phone: "+48 22 123 45 67",
      dpoEmail: "iod@example.pl",
      siteUrl: "https://klub.example.pl",
      legalBasis: ["e"],
      statementPublished: "2026-03-02",
      statementUpdated: "2026-03-31",
      statementPrepared: "2026-03-31",
      contactPerson: "Koordynator do spraw dostępności",
    });
  });

  it.each([
    ["e", ["e"]],
    ["b,e", ["b", "e"]],
    ["E, B", ["b", "e"]],
    ["b e e", ["b", "e"]],
  ])("reads the legal basis %p as the letters %p, in order", (value, letters) => {
    expect(parseOperator({ OPERATOR_LEGAL_BASIS: value }).legalBasis).toEqual(letters);
  });

  it.each([
    ["OPERATOR_EMAIL", { OPERATOR_EMAIL: "kontakt(at)example.pl" }, /OPERATOR_EMAIL must be an e-mail address such as dostepnosc@example\.pl/],
    ["OPERATOR_DPO_EMAIL", { OPERATOR_DPO_EMAIL: "iod" }, /OPERATOR_DPO_EMAIL must be an e-mail address/],
    ["OPERATOR_PHONE", { OPERATOR_PHONE: "zadzwoń do nas" }, /OPERATOR_PHONE must be a phone number such as \+48 22 123 45 67/],
    ["OPERATOR_PHONE", { OPERATOR_PHONE: "123" }, /OPERATOR_PHONE must be a phone number/],
    ["OPERATOR_SITE_URL", { OPERATOR_SITE_URL: "klub.example.pl" }, /OPERATOR_SITE_URL must be the site's full address/],
    ["OPERATOR_SITE_URL", { OPERATOR_SITE_URL: "ftp://klub.example.pl" }, /OPERATOR_SITE_URL must be the site's full address/],
    ["OPERATOR_LEGAL_BASIS", { OPERATOR_LEGAL_BASIS: "g" }, /OPERATOR_LEGAL_BASIS must list the letters of art\. 6 ust\. 1 RODO/],
    ["OPERATOR_STATEMENT_PUBLISHED", { OPERATOR_STATEMENT_PUBLISHED: "31.03.2026" }, /OPERATOR_STATEMENT_PUBLISHED must be a date written as YYYY-MM-DD/],
    ["OPERATOR_STATEMENT_PREPARED", { OPERATOR_STATEMENT_PREPARED: "2026-02-30" }, /OPERATOR_STATEMENT_PREPARED must be a date written as YYYY-MM-DD/],
    [
      "OPERATOR_STATEMENT_UPDATED",
      { OPERATOR_STATEMENT_PUBLISHED: "2026-03-31", OPERATOR_STATEMENT_UPDATED: "2026-01-01" },
      /OPERATOR_STATEMENT_UPDATED .* cannot be earlier than OPERATOR_STATEMENT_PUBLISHED/,
    ],
  ])("refuses a malformed %s with one sentence saying what to set", (_name, env, message) => {
    expect(() => parseOperator(env)).toThrow(ConfigError);
    expect(() => parseOperator(env)).toThrow(message);
  });

  it("tells the operator that leaving a value unset is allowed", () => {
    expect(() => parseOperator({ OPERATOR_EMAIL: "nie-mail" })).toThrow(/or leave it unset/);
  });
});

describe("getOperator", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("reads the process environment on each call", () => {
    delete process.env.OPERATOR_EMAIL;
    expect(getOperator().email).toBeNull();
    process.env.OPERATOR_EMAIL = "kontakt@example.pl";
    expect(getOperator().email).toBe("kontakt@example.pl");
  });
});
