import { expect, test } from "vitest";
import { escapeHtml, joinHtml, jsonForScript } from "../../lib/render/escape.ts";

test("escapeHtml escapes the five characters once, and nothing else", () => {
  expect(escapeHtml(`It's "a" & <b> 社会信用`)).toBe("It&#39;s &quot;a&quot; &amp; &lt;b&gt; 社会信用");
  expect(escapeHtml("&amp;")).toBe("&amp;amp;");
});

test("joinHtml escapes its separator and keeps the parts as they are", () => {
  expect(joinHtml([escapeHtml("a<"), escapeHtml("b")], " & ")).toBe("a&lt; &amp; b");
});

test("jsonForScript cannot close its script element and parses back to the value", () => {
  const value = { text: "</script><!-- & \u2028" };
  const json = jsonForScript(value);
  expect(json).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(json)).toEqual(value);
});
