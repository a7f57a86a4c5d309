/**
 * Drops the indentation templates leave between tags, so page weight is
 * content, not whitespace. Only whitespace that runs from a `>` to a `<`
 * across a line break goes: text, and `<pre>` contents (whose lines never
 * start with a tag, since code is escaped), keep every character.
 *
 * @example compactHtml("<ul>\n    <li>a</li>\n  </ul>") // "<ul>\n<li>a</li>\n</ul>"
 */
export function compactHtml(html: string): string {
  return html.replace(/>[ \t]*\n[ \t\n]*</g, ">\n<");
}
