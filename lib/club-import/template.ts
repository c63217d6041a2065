import { toCsv } from "../reports/csv";
import { columns } from "./rows";

/** One made-up club, as the template's second row and the page's examples show it. */
export const templateExample: Record<(typeof columns)[number]["field"], string> = {
  externalId: "KRC-0001",
  name: "Klub Rozwoju Cyfrowego w Bibliotece w Supraślu",
  kind: "Biblioteka publiczna",
  addressLine: "ul. Piłsudskiego 1",
  postalCode: "16-030",
  city: "Supraśl",
  gmina: "Supraśl",
  powiat: "białostocki",
  voivodeship: "podlaskie",
  terytCode: "2002113",
  managerEmail: "kierownik@biblioteka.example.pl",
};

export function templateCsv(): string {
  return toCsv(columns.map((c) => c.header), [columns.map((c) => templateExample[c.field])]);
}
