/**
 * Other claims named by id in plain text ("… rating individuals
 * (mainly-about-individuals)"), as editors write them in a withdrawal's
 * reason: readers see the claim's title, linked on the page, never the id.
 * An id in parentheses that names no claim stays as written.
 */
import type { Corpus } from "../content/corpus.ts";
import { ID_IN_PARENTHESES } from "../markdown/id-grammar.ts";
import { escapeHtml, joinHtml, type Html } from "./escape.ts";
import { asTitle } from "./prose.ts";
import type { Urls } from "./urls.ts";

export interface MentionedText {
  /** "… (see “China's Social Credit System is mainly about rating individual citizens”)": for feeds, lists and descriptions. */
  readonly text: string;
  /** The same, each title a link to its claim. */
  readonly html: Html;
}

export function withClaimMentions(text: string, corpus: Corpus, href: Urls): MentionedText {
  const plain: string[] = [];
  const html: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(ID_IN_PARENTHESES)) {
    const claim = corpus.claim(match[1]!);
    if (claim === undefined) continue;
    const before = text.slice(last, match.index);
    const title = asTitle(claim.claim);
    plain.push(before, `(see “${title}”)`);
    html.push(escapeHtml(before), `(see <a href="${escapeHtml(href.claim(claim.id))}">${escapeHtml(title)}</a>)` as Html);
    last = match.index + match[0].length;
  }
  plain.push(text.slice(last));
  html.push(escapeHtml(text.slice(last)));
  return { text: plain.join(""), html: joinHtml(html, "") };
}
