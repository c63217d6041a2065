// Finding a person by part of the name, as an educator types it: any case, with or without Polish
// letters („lukasz” finds „Łukasz”), several words in any order. Used on the server (the ?szukaj=
// form works without JavaScript) and in the browser (instant filtering), so both agree.

const plain = (text: string) =>
  text
    .toLocaleLowerCase("pl")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\s+/g, " ")
    .trim();

/** True when every word of the query is in one of the texts (display name, username). */
export function nameMatches(query: string, ...texts: string[]): boolean {
  const words = plain(query).split(" ").filter(Boolean);
  if (!words.length) return true;
  const haystack = plain(texts.join(" "));
  return words.every((word) => haystack.includes(word));
}
