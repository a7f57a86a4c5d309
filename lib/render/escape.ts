/**
 * HTML that lib/ hands to templates. Page models carry plain text, which
 * templates print autoescaped, and `Html`, which they print with `safe`: an
 * `Html` value can only come from escaping text here, from markdown-it (raw
 * HTML off) or from JSON made safe for a script element. So everything a
 * contributor writes is escaped exactly once.
 */

declare const HTML: unique symbol;
/** Markup safe to print as it is. */
export type Html = string & { readonly [HTML]: true };

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in HTML content or a quoted attribute. */
export function escapeHtml(text: string): Html {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!) as Html;
}

/** A claim's or source's body as the loader rendered it: markdown-it output, raw HTML off (lib/markdown). */
export function renderedMarkdown(bodyHtml: string): Html {
  return bodyHtml as Html;
}

/** Markup made of `Html` parts, so still `Html`. */
export function joinHtml(parts: readonly Html[], separator: string): Html {
  return parts.join(escapeHtml(separator)) as Html;
}

/**
 * JSON safe to embed in a `<script>` element: `<`, `>` and `&` become \u escapes,
 * so no string can close the element or open a comment.
 */
export function jsonForScript(value: unknown): Html {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029") as Html;
}
