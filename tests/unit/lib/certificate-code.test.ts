/** @jest-environment node */
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  certificateNumber,
  generateVerificationCode,
  groupCode,
  initials,
  parseVerificationCode,
} from "@/lib/certificates/code";

const CHARACTERS_MESSAGE = /Nie ma w nim zera, litery O, jedynki ani litery I/;

describe("verification code alphabet", () => {
  it("has 32 distinct characters, digits 2–9 and capitals, without 0, O, 1 and I", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    for (const lookAlike of ["0", "O", "1", "I"]) expect(CODE_ALPHABET).not.toContain(lookAlike);
    // Everything else of 0-9A-Z is there: 36 minus the four look-alikes.
    const expected = [..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"].filter((ch) => !"0O1I".includes(ch)).join("");
    expect(CODE_ALPHABET).toBe(expected);
  });
});

describe("generateVerificationCode", () => {
  it("makes 16 characters of the alphabet (80 bits)", () => {
    expect(CODE_LENGTH).toBe(16);
    for (let i = 0; i < 50; i++) {
      const code = generateVerificationCode();
      expect(code).toHaveLength(16);
      expect([...code].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
    }
  });

  it("never repeats in 1,000 codes and uses every character of the alphabet", () => {
    const codes = Array.from({ length: 1000 }, generateVerificationCode);
    expect(new Set(codes).size).toBe(1000);
    const seen = new Set(codes.join(""));
    expect([...CODE_ALPHABET].filter((ch) => !seen.has(ch))).toEqual([]);
    // Every position varies (no stuck bits at the start or the end of the code).
    for (let position = 0; position < CODE_LENGTH; position++) {
      expect(new Set(codes.map((code) => code[position])).size).toBeGreaterThan(20);
    }
  });

  it("is what parseVerificationCode accepts, printed grouped or not", () => {
    const code = generateVerificationCode();
    expect(parseVerificationCode(code)).toEqual({ ok: true, code });
    expect(parseVerificationCode(groupCode(code))).toEqual({ ok: true, code });
  });
});

describe("groupCode", () => {
  it("prints the code in four groups of four", () => {
    expect(groupCode("K7QM3WXAB2CDEFGH")).toBe("K7QM-3WXA-B2CD-EFGH");
  });

  it("leaves a short or odd-length string readable", () => {
    expect(groupCode("ABCDEF")).toBe("ABCD-EF");
    expect(groupCode("ABCD")).toBe("ABCD");
    expect(groupCode("")).toBe("");
  });
});

describe("parseVerificationCode", () => {
  const code = "K7QM3WXAB2CDEFGH";

  it("accepts lower case, spaces, dashes and dots as a person types them", () => {
    for (const typed of [
      code,
      "k7qm3wxab2cdefgh",
      "K7QM-3WXA-B2CD-EFGH",
      "k7qm 3wxa b2cd efgh",
      "  K7QM - 3WXA - b2cd - EFGH  ",
      "K7QM–3WXA—B2CD‑EFGH",
      "K7QM.3WXA.B2CD.EFGH",
      "K7QM\t3WXA\nB2CD EFGH",
    ]) {
      expect(parseVerificationCode(typed)).toEqual({ ok: true, code });
    }
  });

  it.each(["0", "O", "1", "I", "o", "i"])("rejects the look-alike %s and says why", (lookAlike) => {
    const typed = `${lookAlike}7QM-3WXA-B2CD-EFGH`;
    const parsed = parseVerificationCode(typed);
    expect(parsed).toMatchObject({ ok: false, reason: "characters" });
    expect(!parsed.ok && parsed.message).toMatch(CHARACTERS_MESSAGE);
  });

  it("rejects other characters (Polish letters, punctuation) with the same message", () => {
    for (const typed of ["Ż7QM3WXAB2CDEFGH", "K7QM3WXAB2CDEFG?", "K7QM_3WXA_B2CD_EFGH"]) {
      const parsed = parseVerificationCode(typed);
      expect(parsed).toMatchObject({ ok: false, reason: "characters" });
      expect(!parsed.ok && parsed.message).toMatch(CHARACTERS_MESSAGE);
    }
  });

  it("rejects a code of the wrong length and says how long a code is", () => {
    for (const typed of [code.slice(0, 15), `${code}A`, "K7QM-3WXA-B2CD", "ABCD"]) {
      const parsed = parseVerificationCode(typed);
      expect(parsed).toMatchObject({ ok: false, reason: "length" });
      expect(!parsed.ok && parsed.message).toMatch(/Kod ma 16 znaków, w czterech grupach po cztery/);
    }
  });

  it("treats an empty or blank code, and a code of only dashes, as empty", () => {
    for (const typed of ["", "   ", "----", " - - "]) {
      const parsed = parseVerificationCode(typed);
      expect(parsed).toMatchObject({ ok: false, reason: "empty" });
      expect(!parsed.ok && parsed.message).toMatch(/Wpisz kod z certyfikatu/);
    }
  });

  it("treats anything that is not a string as empty, without throwing", () => {
    for (const input of [undefined, null, 12345678, ["K7QM3WXAB2CDEFGH"], { code }, true]) {
      expect(parseVerificationCode(input)).toMatchObject({ ok: false, reason: "empty" });
    }
  });

  it("looks at no more than 200 characters of a hostile input", () => {
    const parsed = parseVerificationCode(`${code}${"-".repeat(190)}${"A".repeat(100_000)}`);
    expect(parsed).toMatchObject({ ok: true, code });
  });
});

describe("certificateNumber", () => {
  it("pads the sequence to four digits and adds the year", () => {
    expect(certificateNumber(1, 2026)).toBe("0001/2026");
    expect(certificateNumber(7, 2026)).toBe("0007/2026");
    expect(certificateNumber(123, 2027)).toBe("0123/2027");
    expect(certificateNumber(9999, 2026)).toBe("9999/2026");
  });

  it("keeps every digit of a sequence past 9999", () => {
    expect(certificateNumber(12345, 2026)).toBe("12345/2026");
  });
});

describe("initials", () => {
  it("takes the first letter of every name", () => {
    expect(initials("Jan Kowalski")).toBe("J. K.");
    expect(initials("Zofia Maria Kowalska")).toBe("Z. M. K.");
  });

  it("keeps Polish letters, upper-cased", () => {
    expect(initials("Zażółć Gęślą Jaźń")).toBe("Z. G. J.");
    expect(initials("Łucja Śliwińska")).toBe("Ł. Ś.");
    expect(initials("żaneta ćwik")).toBe("Ż. Ć.");
    expect(initials("Ewa Ożóg")).toBe("E. O.");
  });

  it("gives a double-barrelled surname both initials joined by a dash", () => {
    expect(initials("Anna Kowalska-Nowak")).toBe("A. K.-N.");
    expect(initials("Zofia Maria Kowalska-Nowak")).toBe("Z. M. K.-N.");
    expect(initials("Kowalska-Nowak")).toBe("K.-N.");
    expect(initials("Jadwiga Łęcka-Żółtowska")).toBe("J. Ł.-Ż.");
  });

  it("ignores extra spaces and composes decomposed accents", () => {
    expect(initials("  Jan   Kowalski  ")).toBe("J. K.");
    // "Ł" has no decomposition, but "Ś" does: S + combining acute.
    expect(initials("S\u0301wietlana Nowak")).toBe("Ś. N.");
  });

  it("never gives the full name away", () => {
    const shown = initials("Zażółć Gęślą Jaźń");
    expect(shown).not.toMatch(/ażółć|ęślą|aźń/);
  });
});
