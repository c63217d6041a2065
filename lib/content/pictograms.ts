/** The icons a drawn screen's button may show (`<ScreenButton icon="kosz">`), drawn by components/lesson/Pictogram. */
export const PICTOGRAMS = ["telefon", "wiadomosci", "aparat", "ustawienia", "przegladarka", "kosz", "dokumenty", "sklep", "wyslij", "wstecz", "odpowiedz", "menu", "rozlacz"] as const;
export type PictogramName = (typeof PICTOGRAMS)[number];

/**
 * Symbol characters a font may lack (emoji, arrows, dingbats): on a drawn screen they showed as
 * empty boxes. Draw them with `icon` instead.
 */
export const UNDRAWABLE_SYMBOL = /[\p{Extended_Pictographic}\u2190-\u21FF\u2700-\u27BF\u2261\u2630]/u;
