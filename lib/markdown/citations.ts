/**
 * markdown-it plugin for Pandoc-style citations: `[@source-id#excerpt-id]` and
 * `[@a#x; @b#y]`. Parsing records every citation (with its line) in the
 * render env; rendering turns each into a numbered superscript that links to
 * the evidence entry and carries an id the entry links back to.
 */
import type { MarkdownIt, StateCore, StateInline, Token } from "markdown-it";
import { CITATION_ITEM, CITATION_SEPARATOR } from "./id-grammar.ts";

export interface CitationUse {
  /** `source-id#excerpt-id` */
  readonly ref: string;
  /** 0-based line within the Markdown text. */
  readonly line: number;
  readonly column: number;
}

export interface MalformedCitation {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** What the plugin reads and writes while one document is parsed and rendered. */
export interface CitationEnv {
  [key: string | symbol]: unknown;
  citations: CitationUse[];
  malformed: MalformedCitation[];
  /** The language of the text: a marker's accessible name is in it. */
  language?: TextLanguage;
  /** Set before rendering: evidence number and anchor of each ref. */
  evidence?: ReadonlyMap<string, { readonly number: number; readonly anchor: string }>;
  /** How many times each ref has been rendered so far (for back-link ids). */
  uses?: Map<string, number>;
}

export function newCitationEnv(): CitationEnv {
  return { citations: [], malformed: [] };
}

/**
 * Id of the k-th (1-based) inline use of evidence entry `number`: the target of
 * its back-link. Short on purpose: a page repeats it for every citation.
 */
export function citationAnchor(number: number, k: number): string {
  return `c${number}-${k}`;
}

/**
 * A marker's accessible name, in each language a claim is written in. Here and
 * not with the other interface words (lib/render/page-words.ts, zh-hans-text.ts) because
 * the Markdown is rendered below that layer, when the content is loaded.
 */
const EVIDENCE_LABEL = { en: (n: number) => `Evidence ${n}`, "zh-hans": (n: number) => `证据 ${n}` } as const;

export type TextLanguage = keyof typeof EVIDENCE_LABEL;

interface CitationMeta {
  readonly refs: readonly string[];
  /** Offset of the `[` within the inline token's content. */
  readonly offset: number;
}

function citationRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x40) return false;
  const end = state.src.indexOf("]", start);
  if (end === -1) return false;
  const items = state.src.slice(start + 1, end).split(CITATION_SEPARATOR).map((part) => part.trim());
  const matches = items.map((item) => CITATION_ITEM.exec(item));
  if (matches.some((m) => m === null)) {
    if (!silent) {
      const token = state.push("citation_malformed", "", 0);
      token.content = state.src.slice(start, end + 1);
      token.meta = { refs: [], offset: start } satisfies CitationMeta;
    }
    state.pos = end + 1;
    return true;
  }
  if (!silent) {
    const token = state.push("citation", "", 0);
    token.meta = { refs: matches.map((m) => m![1]!), offset: start } satisfies CitationMeta;
  }
  state.pos = end + 1;
  return true;
}

/** Position of an offset within an inline token's content, in body lines. */
function positionIn(block: Token, offset: number): { line: number; column: number } {
  const before = block.content.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  const line = (block.map?.[0] ?? 0) + newlines;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** After inline parsing: record every citation with its position, in document order. */
function collectRule(state: StateCore): void {
  const env = state.env as unknown as CitationEnv;
  if (!env.citations) return;
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    for (const child of block.children) {
      const meta = child.meta as unknown as CitationMeta;
      if (child.type === "citation") {
        const at = positionIn(block, meta.offset);
        for (const ref of meta.refs) env.citations.push({ ref, ...at });
      } else if (child.type === "citation_malformed") {
        env.malformed.push({ text: child.content, ...positionIn(block, meta.offset) });
      }
    }
  }
}

function renderCitation(tokens: Token[], idx: number, env: CitationEnv, escapeHtml: (text: string) => string): string {
  const { refs } = tokens[idx]!.meta as unknown as CitationMeta;
  env.uses ??= new Map();
  const label = EVIDENCE_LABEL[env.language ?? "en"];
  const links = refs.map((ref) => {
    const entry = env.evidence?.get(ref);
    if (!entry) return escapeHtml(ref);
    const k = (env.uses!.get(ref) ?? 0) + 1;
    env.uses!.set(ref, k);
    return `<a href="#${entry.anchor}" id="${citationAnchor(entry.number, k)}" aria-label="${label(entry.number)}">${entry.number}</a>`;
  });
  return `<sup class="citation">[${links.join(", ")}]</sup>`;
}

export function citationsPlugin(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation", citationRule);
  md.core.ruler.after("inline", "citation_collect", collectRule);
  // markdown-it's own escaping, as for every other text it renders.
  const { escapeHtml } = md.utils;
  md.renderer.rules.citation = (tokens, idx, _options, env) => renderCitation(tokens, idx, env as unknown as CitationEnv, escapeHtml);
  md.renderer.rules.citation_malformed = (tokens, idx) => escapeHtml(tokens[idx]!.content);
}
