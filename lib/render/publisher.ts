/**
 * Who publishes the site, as readers and machines are told it: the About
 * page's people, contact, funding and policies, the ClaimReview author
 * (a NewsMediaOrganization with its four policy pages), and the links that
 * open an error report or a claim suggestion in the repository's tracker.
 * Everything comes from data/site.yaml; nothing here names a person or a
 * funder the settings do not.
 */
import type { NewsMediaOrganization } from "schema-dts";
import { ISSUES_CONTACT, type Policies, type Site } from "../content/site.ts";
import { LICENCE } from "./licence.ts";
import type { Link } from "./model-context.ts";
import { absoluteUrl, siteUrls, withBase } from "./urls.ts";

export interface PublisherView {
  readonly name: string;
  /** The About page, absolute: the publisher's address in every machine-readable record. */
  readonly url: string;
  /** Who publishes the site, as the About page says it: the publisher's name, or the people (or role) the settings give when it is named after the site itself. */
  readonly publishedBy: string;
  /** The same names as the settings write them, for a sentence in another language. */
  readonly publishedByNames: readonly string[];
  readonly people: readonly { readonly name: string; readonly role: string }[];
  /** How readers write to the publisher: the email address when one is set, else the public tracker. */
  readonly contact: Link;
  /** The repository's issue tracker: public, and it needs an account. */
  readonly tracker: Link;
  /** True when `contact` is an email address: a channel that is not public. */
  readonly privateChannel: boolean;
  /** Empty when no funding is declared (the About page says so). */
  readonly funding: readonly { readonly funder: string; readonly purpose: string }[];
  /** The four policies, each linked where the settings say it is published. */
  readonly policies: readonly PolicyLink[];
  readonly repository: string;
  /** The issue form for suggesting a claim. */
  readonly suggestClaim: string;
  /** The licence of the site's writing and data, for the footers and About pages. */
  readonly licence: typeof LICENCE;
  /** schema.org's author and publisher of every fact check. */
  readonly organization: Exclude<NewsMediaOrganization, string>;
}

interface PolicyLink extends Link {
  readonly key: keyof Policies;
  /** Root-relative, without the prefix, when the policy is published on a page of this site. */
  readonly path?: string;
}

/** Issue forms in .github/ISSUE_TEMPLATE, and the id of the form field a link fills in. */
export const ISSUE_FORMS = {
  suggestClaim: { template: "suggest-a-claim.yml" },
  reportError: { template: "report-an-error.yml", pageField: "page" },
} as const;

const POLICY_NAMES: Record<keyof Policies, string> = {
  publishingPrinciples: "Publishing principles",
  verificationFactCheckingPolicy: "How claims are checked",
  correctionsPolicy: "Corrections policy",
  ownershipFundingInfo: "Ownership and funding",
};

/** A policy's address as a link on the site (under the path prefix) and as an absolute URL; `path` when it is on this site. */
function policyAddress(site: Site, value: string): { href: string; absolute: string; path?: string } {
  if (!value.startsWith("/")) return { href: value, absolute: value };
  return { href: withBase(value, site.pathPrefix), absolute: absoluteUrl(site.url, site.pathPrefix, value), path: value };
}

function issueForm(repository: string, template: string, fields: Record<string, string> = {}): string {
  const query = new URLSearchParams({ template, ...fields });
  return `${repository.replace(/\/+$/, "")}/issues/new?${query}`;
}

/**
 * The link that opens an error report about one page, its address filled in.
 * @example reportErrorUrl("https://github.com/o/r", "https://site/claims/x/") // "https://github.com/o/r/issues/new?template=report-an-error.yml&page=https%3A%2F%2Fsite%2Fclaims%2Fx%2F"
 */
export function reportErrorUrl(repository: string, pageUrl: string): string {
  const form = ISSUE_FORMS.reportError;
  return issueForm(repository, form.template, { [form.pageField]: pageUrl });
}

/**
 * Names as they read inside a sentence: joined with "and", a leading "The" in lower case.
 * @example inSentence(["The repository's maintainers"]) // "the repository's maintainers"
 */
function inSentence(names: readonly string[]): string {
  const joined = names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return joined.replace(/^The /, "the ");
}

export function publisherView(site: Site): PublisherView {
  const { publisher, repository } = site;
  const url = absoluteUrl(site.url, site.pathPrefix, siteUrls().about());
  const keys = Object.keys(POLICY_NAMES) as (keyof Policies)[];
  const policies = Object.fromEntries(keys.map((k) => [k, policyAddress(site, site.policies[k])])) as Record<keyof Policies, ReturnType<typeof policyAddress>>;
  const tracker: Link = { href: `${repository.replace(/\/+$/, "")}/issues`, text: "the repository’s issue tracker" };
  const privateChannel = publisher.contact !== ISSUES_CONTACT;
  // "Social Credit Fact Check is published by Social Credit Fact Check" says nothing: name the people (or the role) the settings give.
  const publishedByNames = publisher.name === site.title ? publisher.people.map((p) => p.name) : [publisher.name];
  return {
    name: publisher.name,
    url,
    publishedBy: publisher.name === site.title ? inSentence(publishedByNames) : publisher.name,
    publishedByNames,
    people: publisher.people,
    contact: privateChannel ? { href: `mailto:${publisher.contact}`, text: publisher.contact } : tracker,
    tracker,
    privateChannel,
    funding: publisher.funding,
    policies: keys.map((k) => {
      const { href, path } = policies[k];
      return { key: k, href, text: POLICY_NAMES[k], ...(path === undefined ? {} : { path }) };
    }),
    repository,
    suggestClaim: issueForm(repository, ISSUE_FORMS.suggestClaim.template),
    licence: LICENCE,
    organization: {
      "@type": "NewsMediaOrganization",
      name: publisher.name,
      url,
      publishingPrinciples: policies.publishingPrinciples.absolute,
      correctionsPolicy: policies.correctionsPolicy.absolute,
      verificationFactCheckingPolicy: policies.verificationFactCheckingPolicy.absolute,
      ownershipFundingInfo: policies.ownershipFundingInfo.absolute,
    },
  };
}
