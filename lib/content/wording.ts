// Word-level checks on the text a learner reads: forms that fit only a man or only a woman,
// placeholder button names, and address rules written outside <CheckAddress>. Each finder takes
// one text and returns the words it objects to; the lesson rules say where and what to do.
// Facts: ../shared/content-brief.md, "Corrections (2026-12)".

/** Quoted words are someone else's (a scam message, a screen's label): not ours to change. */
export function withoutQuotes(text: string): string {
  return text.replace(/„[^„”]*”|“[^“”]*”|«[^«»]*»|"[^"]*"/g, " „…” ");
}

const letters = "\\p{L}";
const word = (pattern: string, flags = "giu") => new RegExp(`(?<![${letters}])(?:${pattern})(?![${letters}])`, flags);

// "Sprawdziłeś", "Sprawdziłaś", "mógłbyś", "zrobiłabyś", with or without "(-aś)".
const pastSecondPerson = word(`${letters}+(?:łeś|łaś|łbyś|łabyś)(?:\\(-?${letters}{1,4}\\)|\\/-?${letters}{1,4})?`);
// "gotowy(-a)", "zalogowany/a", "sam(a)", "był(a)": a form for each, side by side.
const splitForm = word(`${letters}+(?:\\(-?(?:a|aś|łaś|ła|na|wa)\\)|\\/-?(?:a|aś|łaś|ła|na)(?![${letters}]))`);
// "żebyś sprawdził", "gdybyś się pomyliła", "będziesz musiał".
const wishPast = word(`(?:żebyś|abyś|gdybyś|jakbyś|będziesz)(?:\\s+${letters}+){0,3}?\\s+${letters}+ła?`);
// "Jesteś gotowy", "Czy jesteś pewna", "Nie jesteś pewien", "jesteś teraz zalogowany".
const copula = "jesteś|będziesz|bądź|zostaniesz|czujesz się|poczujesz się|stajesz się";
const filler = "już|teraz|naprawdę|bardzo|całkiem|zupełnie|na pewno|nie|też|także|tu|tutaj|wtedy|dalej";
const notAdjectives = new Set(["na", "za", "przy", "dla", "do", "po", "ta", "tą", "tu", "aby", "gdy", "czy", "by", "teraz", "zawsze", "tylko"]);
const copulaAdjective = word(`(?:${copula})\\s+(?:(?:${filler})\\s+)*(${letters}+)`);
// "Gotowy?", "Gotowa do nauki?", "Zadowolona?": an adjective opening a question or exclamation.
const readerAdjectives = "gotowy|gotowa|gotów|pewny|pewna|pewien|zadowolony|zadowolona|zalogowany|zalogowana|zmęczony|zmęczona|przekonany|przekonana";
const adjectiveQuestion = new RegExp(`(?:^|[.!?…—:]\\s*)((?:${readerAdjectives})(?![${letters}])[^.!?]{0,40}[?!])`, "giu");

/** Forms that address the learner as a man or as a woman; neutral ones are in the hint. */
export function genderedForms(text: string): string[] {
  const plain = withoutQuotes(text);
  const found: string[] = [];
  for (const pattern of [pastSecondPerson, splitForm, wishPast]) {
    for (const match of plain.matchAll(pattern)) found.push(match[0]);
  }
  for (const match of plain.matchAll(copulaAdjective)) {
    const candidate = match[1]!.toLowerCase();
    if (candidate === "pewien" || candidate === "gotów" || candidate === "sam" || (/[yia]$/u.test(candidate) && candidate.length >= 4 && !notAdjectives.has(candidate))) {
      found.push(match[0]);
    }
  }
  for (const match of plain.matchAll(adjectiveQuestion)) found.push(match[1]!.split(/[\s?!]/u)[0]! + match[1]!.slice(-1));
  found.push(...samAddressingReader(plain));
  return [...new Set(found.map((item) => item.replace(/\s+/g, " ").trim()))];
}

// "sam" that means "the learner, by themselves": only with a verb that speaks to the learner
// ("Wpisz sam", "sam składasz") or in the learner's own answer ("Sam wpisuję"). "Urząd sam
// doda", "ten sam sposób" and "sama lub sam" are fine.
const sameAs = /(?:ten|ta|to|taki|taka|takie|tak|tym|tej|tego|te|ci)\s+sam[a]?(?![\p{L}])/giu;
const bothForms = /sama?\s+(?:lub|albo|czy|i)\s+sama?(?![\p{L}])/giu;
const imperatives = new Set([
  "wpisz", "zapisz", "podpisz", "przepisz", "wypisz", "opisz", "zrób", "otwórz", "wybierz", "pobierz", "złóż", "załóż", "weź",
  "wróć", "rozlicz", "zaznacz", "policz", "skończ", "zakończ", "wyłącz", "włącz", "rozłącz", "połącz", "zobacz", "pokaż",
  "przekaż", "wskaż", "zadzwoń", "dzwoń", "usuń", "przesuń", "zmień", "wklej",
]);
const notVerbs = new Set(["klawisz", "mysz", "afisz", "kraj", "maj", "rodzaj", "zwyczaj", "tramwaj", "program", "telegram", "instagram", "spam", "nasz", "wasz"]);

function speaksToReader(token: string): boolean {
  const lower = token.toLowerCase();
  if (notVerbs.has(lower)) return false;
  if (imperatives.has(lower)) return true;
  // 2nd person ("wpisujesz", "masz", "możesz", "jesteś"), imperative ("wyloguj", "kliknij",
  // "sprawdź", "spróbuj"), 1st person in an answer ("wpisuję", "zakładam"). Not "-ię": most
  // such words are nouns ("aplikację", "imię").
  return /(?:esz|isz|ysz|asz|jesteś|ij|yj|uj|aj|ź|uję)$/u.test(lower) || (lower.length >= 6 && lower.endsWith("am"));
}

function samAddressingReader(plain: string): string[] {
  const found: string[] = [];
  const cleaned = plain.replace(sameAs, " ").replace(bothForms, " ");
  for (const clause of cleaned.split(/[.,;:!?…—–()\n]/u)) {
    const tokens = clause.match(/\p{L}+/gu) ?? [];
    const sam = tokens.find((token) => /^sama?$/iu.test(token));
    if (sam && tokens.some((token) => !/^sama?$/iu.test(token) && speaksToReader(token))) found.push(sam);
  }
  return found;
}

// "Przycisk do logowania", "przycisk akceptacji", "przycisk wysyłania": a description standing
// where the label should be. Followed by a quoted label („Przycisk „Dalej””) it is fine.
const describedButton = /(?<![\p{L}])przycisk(?:u|iem)?\s+(?:do\s+\p{L}+|\p{L}+(?:nia|cia|cji))(?![\p{L}])(?!\s*(?:\p{L}+\s+){0,2}„)/giu;
// "Napis może wyglądać inaczej", "nazwa może się różnić", "(nazwa może się różnić)".
const labelHedge = /(?<![\p{L}])(?:napis|napisy|nazwa|nazwy|etykieta|opis)(?:\s+[^\s.!?]+){0,5}?\s+(?:może|mogą|bywa|bywają|zależy|zależą)(?:\s+[^\s.!?]+){0,4}?\s+(?:inaczej|inny|inna|inne|różnić|różni|różnią|od)(?![\p{L}])/giu;

/** Invented button names and hedges in place of the words on the real screen. */
export function placeholderLabels(text: string, kind: "prose" | "button" | "screen"): string[] {
  const found: string[] = [];
  if (kind === "button" && /^\s*przycisk(?![\p{L}])/iu.test(text)) found.push(text.trim());
  const plain = withoutQuotes(text);
  if (kind === "prose") for (const match of plain.matchAll(describedButton)) found.push(match[0]);
  for (const match of plain.matchAll(labelHedge)) found.push(match[0]);
  return [...new Set(found.map((item) => item.replace(/\s+/g, " ").trim()))];
}

// "kończy się na gov.pl", "musi zaczynać się od login.gov.pl", "gov.pl na końcu adresu": a
// rule about addresses, which <CheckAddress> alone states (the short versions let fakes through).
const addressRuleWords = /(?<![\p{L}])(?:(?:kończy|kończą|kończyć|zaczyna|zaczynają|zaczynać)\s+się|musi|muszą|powinien|powinna|powinno|na\s+(?:końcu|początku)\s+(?:adresu|nazwy)|końcówk\p{L}*)(?![\p{L}])/iu;

export function addressRuleStatements(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n/u)
    .filter((sentence) => /gov\.pl/iu.test(sentence) && addressRuleWords.test(sentence))
    .map((sentence) => sentence.trim());
}
