// Reads a lesson's MDX syntax tree once, at compile time: the steps and their stable ids,
// the quiz with its answers, the glossary words, drawn screens and links. The quiz and the
// checks use this structure; the lesson components get the attributes they need injected
// (step numbers, option letters), so authors never write them by hand.

import { isAddressKind } from "./address-rule";
import { PICTOGRAMS } from "./pictograms";

type Attribute = { type: string; name?: string; value?: unknown };
export type MdNode = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attribute[];
  children?: MdNode[];
};

export type LessonStep = { id: string; title: string; number: number; terms: string[] };
export type QuizOption = { value: string; text: string; correct: boolean; explanation: string };
export type QuizQuestion = { id: string; prompt: string; options: QuizOption[] };
export type DrawnScreen = { step: string; description: string; highlights: number };
/** A "Spróbuj samodzielnie — bez ryzyka" link to a simulator, and the step it stands in. */
export type PracticeLink = { step: number; simulator: string };
/**
 * A piece of text a learner reads, and where it stands (`step "id"`, `question "id"`, `summary`),
 * for the wording checks. "button" and "screen" are drawn-screen parts: they copy the real app.
 */
export type LessonText = { where: string; kind: "prose" | "button" | "screen"; text: string };

export type LessonAnalysis = {
  steps: LessonStep[];
  quiz: QuizQuestion[];
  hasSummary: boolean;
  terms: string[];
  screens: DrawnScreen[];
  practice: PracticeLink[];
  links: string[];
  sourceLinks: string[];
  images: { alt: string }[];
  texts: LessonText[];
  /** Words per sentence, over the text a learner reads. */
  sentenceLengths: number[];
  /** Problems only the tree shows (unknown components, stray content, missing attributes). */
  problems: string[];
};

const jsxTypes = new Set(["mdxJsxFlowElement", "mdxJsxTextElement"]);
const knownComponents = new Set([
  "Step", "Tip", "Warning", "Term", "Screen", "ScreenIcon", "ScreenButton", "ScreenField", "ScreenText",
  "ScreenMessage", "ScreenAddress", "Source", "CheckAddress", "Practice", "Quiz", "Question", "Option", "Explanation", "Summary",
]);
const screenParts = new Set(["ScreenIcon", "ScreenButton", "ScreenField"]);

function isJsx(node: MdNode, name?: string): boolean {
  return jsxTypes.has(node.type) && (name === undefined || node.name === name);
}

function attribute(node: MdNode, name: string): string | boolean | undefined {
  const found = node.attributes?.find((attr) => attr.type === "mdxJsxAttribute" && attr.name === name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return true;
  return typeof found.value === "string" ? found.value : undefined;
}

function setAttribute(node: MdNode, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((attr) => attr.name !== name);
  node.attributes.push({ type: "mdxJsxAttribute", name, value });
}

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Plain text of a subtree, optionally leaving out some components (e.g. an Explanation). */
export function textOf(node: MdNode, skip: (node: MdNode) => boolean = () => false): string {
  if (skip(node)) return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  if (node.type === "break") return " ";
  const parts = (node.children ?? []).map((child) => textOf(child, skip));
  const block = node.type === "paragraph" || node.type === "listItem" || node.type === "heading" || node.type === "mdxJsxFlowElement";
  return parts.join(block ? " " : "").replace(/\s+/g, " ").trim();
}

const sentenceEnd = /(?<=[.!?…])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„"0-9])/u;

export function sentenceLengths(text: string): number[] {
  return text
    .split(sentenceEnd)
    .map((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length)
    .filter((words) => words > 0);
}

/** Texts a learner reads as prose: paragraphs and list items (not drawn screen labels). */
function proseBlocks(node: MdNode, into: string[]) {
  if (isJsx(node) && node.name?.startsWith("Screen")) return;
  if (node.type === "paragraph" || node.type === "heading") {
    into.push(textOf(node, (child) => isJsx(child, "Explanation")));
    return;
  }
  for (const child of node.children ?? []) proseBlocks(child, into);
}

/** Every text a learner reads in a subtree, with the drawn screens' parts kept apart. */
function collectTexts(node: MdNode, where: string, into: LessonText[]) {
  const prose = (text: unknown) => {
    if (typeof text === "string" && text.trim()) into.push({ where, kind: "prose", text: text.trim() });
  };
  if (isJsx(node, "Screen")) {
    prose(attribute(node, "description"));
    walk(node, (part) => {
      if (part === node || !isJsx(part) || !part.name?.startsWith("Screen")) return;
      const text = [attribute(part, "label"), attribute(part, "value"), textOf(part)].filter((value) => typeof value === "string" && value).join(" ");
      if (text) into.push({ where, kind: part.name === "ScreenButton" ? "button" : "screen", text });
    });
    return;
  }
  if (isJsx(node)) prose(attribute(node, "title"));
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
    prose(textOf(node));
    return;
  }
  for (const child of node.children ?? []) collectTexts(child, where, into);
}

export function analyseLesson(tree: MdNode): LessonAnalysis {
  const result: LessonAnalysis = {
    steps: [],
    quiz: [],
    hasSummary: false,
    terms: [],
    screens: [],
    practice: [],
    links: [],
    sourceLinks: [],
    images: [],
    texts: [],
    sentenceLengths: [],
    problems: [],
  };
  const prose: string[] = [];

  walk(tree, (node) => {
    if (isJsx(node) && node.name && !knownComponents.has(node.name)) {
      result.problems.push(`unknown component <${node.name}>`);
    }
    if (node.type === "link" && node.url) result.links.push(node.url);
    if (node.type === "image") result.images.push({ alt: String((node as { alt?: string }).alt ?? "") });
    if (isJsx(node, "Source")) {
      const href = attribute(node, "href");
      if (typeof href === "string") result.sourceLinks.push(href);
      else result.problems.push("<Source> needs an href");
    }
    if (isJsx(node, "ScreenButton")) {
      const icon = attribute(node, "icon");
      if (icon !== undefined && !(PICTOGRAMS as readonly unknown[]).includes(icon)) {
        result.problems.push(`<ScreenButton icon="${String(icon)}">: the icon is one of ${PICTOGRAMS.join(", ")}`);
      }
    }
    if (isJsx(node, "CheckAddress") && !isAddressKind(attribute(node, "kind"))) {
      result.problems.push('<CheckAddress> needs kind="email" or kind="web"');
    }
    if (isJsx(node, "Term")) {
      const id = attribute(node, "id");
      if (typeof id === "string") result.terms.push(id);
      else result.problems.push("<Term> needs an id");
    }
  });

  for (const node of tree.children ?? []) {
    if (node.type === "mdxjsEsm" || node.type === "yaml" || node.type === "toml") continue;
    if (isJsx(node, "Step")) {
      const id = attribute(node, "id");
      const title = attribute(node, "title");
      const number = result.steps.length + 1;
      if (typeof id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        result.problems.push(`step ${number} needs a kebab-case id`);
      }
      if (typeof title !== "string" || !title.trim()) result.problems.push(`step ${number} needs a title`);
      const stepId = typeof id === "string" ? id : `krok-${number}`;
      const terms: string[] = [];
      walk(node, (inner) => {
        const termId = isJsx(inner, "Term") ? attribute(inner, "id") : undefined;
        if (typeof termId === "string" && !terms.includes(termId)) terms.push(termId);
        if (isJsx(inner, "Practice")) {
          const simulator = attribute(inner, "simulator");
          if (typeof simulator === "string") result.practice.push({ step: number, simulator });
          else result.problems.push(`a <Practice> in step ${number} needs a simulator`);
        }
        if (isJsx(inner, "Screen")) {
          const description = attribute(inner, "description");
          let highlights = 0;
          walk(inner, (part) => {
            if (part.name && screenParts.has(part.name) && attribute(part, "highlight")) highlights++;
          });
          result.screens.push({ step: stepId, description: typeof description === "string" ? description : "", highlights });
        }
      });
      setAttribute(node, "number", String(number));
      setAttribute(node, "terms", terms.join(","));
      result.steps.push({ id: stepId, title: typeof title === "string" ? title : "", number, terms });
      proseBlocks(node, prose);
      collectTexts(node, `step "${stepId}"`, result.texts);
    } else if (isJsx(node, "Quiz")) {
      if (result.quiz.length) result.problems.push("a lesson has one <Quiz>");
      result.quiz = readQuiz(node, result.problems);
      for (const question of result.quiz) {
        prose.push(question.prompt);
        const where = `question "${question.id}"`;
        for (const text of [question.prompt, ...question.options.flatMap((option) => [option.text, option.explanation])]) {
          if (text.trim()) result.texts.push({ where, kind: "prose", text });
        }
      }
    } else if (isJsx(node, "Summary")) {
      result.hasSummary = true;
      proseBlocks(node, prose);
      collectTexts(node, "summary", result.texts);
    } else {
      result.problems.push(`only <Step>, <Quiz> and <Summary> may stand at the top level (found ${node.name ?? node.type})`);
    }
  }

  result.sentenceLengths = prose.flatMap(sentenceLengths);
  return result;
}

function readQuiz(quiz: MdNode, problems: string[]): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  walk(quiz, (node) => {
    if (!isJsx(node, "Question")) return;
    const id = attribute(node, "id");
    const prompt = attribute(node, "prompt");
    const number = questions.length + 1;
    if (typeof id !== "string" || !/^[a-z0-9-]+$/.test(id)) problems.push(`question ${number} needs a kebab-case id`);
    if (typeof prompt !== "string" || !prompt.trim()) problems.push(`question ${number} needs a prompt`);
    const questionId = typeof id === "string" ? id : `pytanie-${number}`;
    const options: QuizOption[] = [];
    walk(node, (inner) => {
      if (!isJsx(inner, "Option")) return;
      const value = String.fromCharCode(97 + options.length);
      let explanation = "";
      walk(inner, (part) => {
        if (isJsx(part, "Explanation")) {
          explanation = textOf(part);
          setAttribute(part, "question", questionId);
          setAttribute(part, "value", value);
        }
      });
      setAttribute(inner, "question", questionId);
      setAttribute(inner, "value", value);
      options.push({
        value,
        text: textOf(inner, (part) => isJsx(part, "Explanation")),
        correct: attribute(inner, "correct") === true,
        explanation,
      });
    });
    setAttribute(node, "number", String(number));
    questions.push({ id: questionId, prompt: typeof prompt === "string" ? prompt : "", options });
  });
  return questions;
}
