import type { Metadata } from "next";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { defaultPreferences, safeReturnPath } from "@/lib/preferences";
import { currentPreferences } from "@/lib/preferences-server";

export const metadata: Metadata = { title: "Wygląd i wielkość liter" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const sizeLabels: Record<number, string> = { 100: "Zwykłe", 125: "Większe", 150: "Duże", 200: "Bardzo duże" };

export default async function PreferencesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const back = safeReturnPath(query.wroc);
  const preferences = (await currentPreferences()) ?? defaultPreferences;
  return (
    <div className="kc-prose">
      <h1>Wygląd i wielkość liter</h1>
      {query.zapisano ? (
        <Notice kind="success" title="zapisano" live>
          <p>Tak teraz wygląda strona. Możesz to zmienić w każdej chwili.</p>
          {back !== "/wyglad" ? (
            <p>
              <LinkButton href={back}>Wróć do poprzedniej strony</LinkButton>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {query.blad ? (
        <Notice kind="warning" title="nie udało się zapisać" live>
          <p>Wybierz po jednej możliwości w każdej części i naciśnij „Zapisz ustawienia”.</p>
        </Notice>
      ) : null}
      <p>Ustaw stronę tak, żeby dobrze Ci się czytało. Ustawienia zapamiętamy na tym urządzeniu, a po zalogowaniu — także na Twoim koncie, na każdym urządzeniu.</p>
      <form method="post" action="/wyglad/zapisz">
        <input type="hidden" name="wroc" value={back} />
        <ChoiceGroup
          id="textSize"
          legend="Wielkość liter"
          type="radio"
          name="textSize"
          options={[100, 125, 150, 200].map((size) => ({
            value: String(size),
            label: (
              <>
                {sizeLabels[size]} ({size}%)
              </>
            ),
            checked: preferences.textSize === size,
          }))}
        />
        <ChoiceGroup
          id="contrast"
          legend="Kolory"
          type="radio"
          name="contrast"
          options={[
            { value: "standard", label: "Zwykłe", hint: "Ciemny tekst na białym tle.", checked: preferences.contrast === "standard" },
            { value: "high", label: "Wysoki kontrast", hint: "Czarny tekst na białym tle, mocne ramki.", checked: preferences.contrast === "high" },
            { value: "dark", label: "Ciemne tło", hint: "Biały tekst i żółte przyciski na czarnym tle.", checked: preferences.contrast === "dark" },
          ]}
        />
        <ChoiceGroup
          id="inne"
          legend="Inne ułatwienia"
          type="checkbox"
          options={[
            { name: "reducedMotion", value: "tak", label: "Mniej ruchu na ekranie", hint: "Bez przesuwania i animacji.", checked: preferences.reducedMotion },
            { name: "extraSpacing", value: "tak", label: "Większe odstępy", hint: "Więcej miejsca między wierszami i literami.", checked: preferences.extraSpacing },
          ]}
        />
        <Button type="submit">Zapisz ustawienia</Button>
      </form>
      <h2>Powiększanie w przeglądarce</h2>
      <p>
        Na komputerze przytrzymaj klawisz Ctrl i naciśnij „+”, żeby powiększyć. Ctrl i „−” zmniejsza. Na telefonie rozsuń
        dwa palce na ekranie.
      </p>
    </div>
  );
}

