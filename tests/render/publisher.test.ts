/**
 * Who publishes the site, from its settings: the issue forms the pages link
 * exist in .github/ISSUE_TEMPLATE with the field a link fills in, an email
 * contact and declared funders are shown as written, and a policy published
 * elsewhere keeps its address.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { ISSUE_FORMS, publisherView, reportErrorUrl } from "../../lib/render/publisher.ts";
import { siteSettings } from "../helpers/site-settings.ts";

const form = (template: string) => parse(readFileSync(`.github/ISSUE_TEMPLATE/${template}`, "utf8")) as { body: { type: string; id?: string }[] };

test("the issue forms the pages link exist, and the error report has the field its link fills in", () => {
  expect(form(ISSUE_FORMS.suggestClaim.template).body.length).toBeGreaterThan(0);
  const report = form(ISSUE_FORMS.reportError.template);
  expect(report.body.find((field) => field.id === ISSUE_FORMS.reportError.pageField)?.type).toBe("input");
});

test("an error report link fills in the page's address", () => {
  const link = new URL(reportErrorUrl("https://github.com/o/r/", "https://site.org/claims/x/?a=1&b=2"));
  expect(link.origin + link.pathname).toBe("https://github.com/o/r/issues/new");
  expect(Object.fromEntries(link.searchParams)).toEqual({ template: "report-an-error.yml", page: "https://site.org/claims/x/?a=1&b=2" });
});

test("an email contact, declared funders and a policy published elsewhere are shown as the settings give them", () => {
  const base = siteSettings();
  const view = publisherView({
    ...base,
    publisher: { ...base.publisher, contact: "editors@example.org", funding: [{ funder: "A foundation", purpose: "Hosting" }] },
    policies: { ...base.policies, ownershipFundingInfo: "https://elsewhere.example.net/funding" },
  });
  expect(view.contact).toEqual({ href: "mailto:editors@example.org", text: "editors@example.org" });
  expect(view.funding).toEqual([{ funder: "A foundation", purpose: "Hosting" }]);
  expect(view.policies.find((p) => p.text === "Ownership and funding")?.href).toBe("https://elsewhere.example.net/funding");
  expect(view.organization.ownershipFundingInfo).toBe("https://elsewhere.example.net/funding");
});
