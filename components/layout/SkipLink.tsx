export function SkipLink() {
  return (
    <a
      href="#tresc"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3 focus:text-lg"
    >
      Przejdź do treści
    </a>
  );
}
