/** The outage page's words, one copy for the React page and for the proxy's plain 503 page. */
export const outageText = {
  heading: "Usługa jest chwilowo niedostępna",
  sorry: "Przepraszamy, Klub Cyfrowy ma teraz krótką przerwę. To nie Twoja wina.",
  nothingLost: "Nic nie zginęło",
  nothingLostRest: " — wszystko, co zostało zapisane wcześniej, czeka na Ciebie.",
  wait: "Odczekaj chwilę i spróbuj ponownie.",
} as const;
