/**
 * The one Markdown renderer for contributor text. Raw HTML is off, images are
 * off (they would be third-party requests), and only http(s), root-relative and
 * fragment links are allowed.
 */
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { citationsPlugin, newCitationEnv, type CitationEnv, type CitationUse, type MalformedCitation, type TextLanguage } from "./citations.ts";

const SAFE_LINK = /^(?:https?:\/\/|\/(?!\/)|#)/i;

function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable(["image"]);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.use(citationsPlugin);
  return md;
}

const md = createMarkdown();

/** Something in the text that will not do what the writer probably meant. */
interface TextFinding {
  readonly kind: "raw-html" | "template-syntax";
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface ParsedBody {
  readonly tokens: Token[];
  readonly env: CitationEnv;
  readonly citations: readonly CitationUse[];
  readonly malformed: readonly MalformedCitation[];
  readonly findings: readonly TextFinding[];
}

const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;
const TEMPLATE = /\{\{|\{%/;

/** Raw HTML and template tags in plain text (code spans and blocks are exempt). */
function findings(tokens: Token[]): TextFinding[] {
  const out: TextFinding[] = [];
  for (const block of tokens) {
    if (block.type !== "inline" || !block.children) continue;
    let cursor = 0;
    for (const child of block.children) {
      if (child.type !== "text") continue;
      const found = block.content.indexOf(child.content, cursor);
      const base = found === -1 ? cursor : found;
      if (found !== -1) cursor = found + child.content.length;
      for (const [kind, pattern] of [
        ["raw-html", RAW_HTML],
        ["template-syntax", TEMPLATE],
      ] as const) {
        const match = pattern.exec(child.content);
        if (!match) continue;
        const before = block.content.slice(0, base + match.index);
        out.push({
          kind,
          text: match[0],
          line: (block.map?.[0] ?? 0) + before.split("\n").length - 1,
          column: before.length - (before.lastIndexOf("\n") + 1) + 1,
        });
      }
    }
  }
  return out;
}

/** Parses Markdown once; lines in the result are 0-based within `text`. */
export function parseMarkdown(text: string): ParsedBody {
  const env = newCitationEnv();
  const tokens = md.parse(text, env);
  return { tokens, env, citations: env.citations, malformed: env.malformed, findings: findings(tokens) };
}

/** Renders parsed Markdown; `evidence` numbers the citations, named in the text's `language`. */
export function renderMarkdown(
  parsed: ParsedBody,
  evidence?: CitationEnv["evidence"],
  language: TextLanguage = "en",
): string {
  const env: CitationEnv = { ...parsed.env, evidence, language, uses: new Map() };
  return md.renderer.render(parsed.tokens, md.options, env);
}
