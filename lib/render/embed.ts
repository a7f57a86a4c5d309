/**
 * The embeddable card: a static HTML blockquote with the claim, verdict,
 * summary and a link back, for other sites to paste. No script, no styles
 * that depend on this site; every piece of content text is escaped.
 */
import { escapeHtml } from "./escape.ts";
import type { DisplayDate } from "./dates.ts";

interface EmbedCard {
  readonly claim: string;
  readonly verdict: string;
  readonly summary: string;
  /** Absolute, permanent URL of the claim page. */
  readonly url: string;
  readonly reviewed: DisplayDate;
  readonly publisher: string;
}

export function embedHtml(card: EmbedCard): string {
  const e = escapeHtml;
  return [
    `<blockquote class="factcheck-card" cite="${e(card.url)}">`,
    `  <p><strong>Claim:</strong> ${e(card.claim)}</p>`,
    `  <p><strong>Verdict:</strong> ${e(card.verdict)}</p>`,
    `  <p>${e(card.summary)}</p>`,
    `  <p>— <a href="${e(card.url)}">${e(card.publisher)}</a>, reviewed <time datetime="${e(card.reviewed.iso)}">${e(card.reviewed.text)}</time></p>`,
    `</blockquote>`,
  ].join("\n");
}
