import { expect, test } from "vitest";
import { compactHtml } from "../../lib/render/compact-html.ts";

const cases: [string, string, string][] = [
  ["indentation between tags goes", "<ul>\n    <li>a</li>\n  </ul>", "<ul>\n<li>a</li>\n</ul>"],
  ["blank lines between tags go", "<p>a</p>\n\n\n  <p>b</p>", "<p>a</p>\n<p>b</p>"],
  ["text keeps its spaces", "<p>one\n   two</p>", "<p>one\n   two</p>"],
  ["escaped code in pre keeps its indentation", "<pre><code>{\n  &quot;a&quot;: 1\n}</code></pre>", "<pre><code>{\n  &quot;a&quot;: 1\n}</code></pre>"],
  ["spaces on one line between tags stay", "<a>x</a> <a>y</a>", "<a>x</a> <a>y</a>"],
];
for (const [name, input, expected] of cases) test(name, () => expect(compactHtml(input)).toBe(expected));
