import { toDemoLesson, type DemoLesson } from "../db/demo-progress";
import { getCatalogue } from "./catalogue";

/** The catalogue's lessons in learning order, in the shape the demo seed needs. */
export async function demoLessons(): Promise<DemoLesson[]> {
  return (await getCatalogue()).lessons.map(toDemoLesson);
}
