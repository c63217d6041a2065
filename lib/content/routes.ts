/** Every path a lesson may link to inside the site, from the catalogue's slugs. */
export function internalPaths(modules: { slug: string; lessons: { lessonSlug: string; stepCount: number }[] }[]): Set<string> {
  const paths = new Set(["/", "/lekcje", "/slowniczek", "/pomoc", "/deklaracja-dostepnosci", "/prywatnosc"]);
  for (const module of modules) {
    paths.add(`/lekcje/${module.slug}`);
    for (const lesson of module.lessons) {
      const base = `/lekcje/${module.slug}/${lesson.lessonSlug}`;
      for (const suffix of ["", "/quiz", "/podsumowanie", "/druk"]) paths.add(base + suffix);
      for (let step = 1; step <= lesson.stepCount; step++) paths.add(`${base}/${step}`);
    }
  }
  return paths;
}
