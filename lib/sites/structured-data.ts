// schema.org JobPosting from JSON-LD (top level, arrays, @graph) and from microdata.
import * as z from 'zod/mini';
import { nonEmpty, oneLine } from './dom';

const TextOrName = z.union([z.string(), z.object({ name: z.optional(z.string()) })]);
const Address = z.object({
  addressLocality: z.optional(z.string()),
  addressRegion: z.optional(z.string()),
  addressCountry: z.optional(z.union([z.string(), z.object({ name: z.optional(z.string()) })])),
});
const Place = z.object({ address: z.optional(z.union([z.string(), Address])) });
const Amount = z.union([
  z.number(),
  z.string(),
  z.object({
    value: z.optional(z.union([z.number(), z.string()])),
    minValue: z.optional(z.union([z.number(), z.string()])),
    maxValue: z.optional(z.union([z.number(), z.string()])),
    unitText: z.optional(z.string()),
  }),
]);

export const JobPostingLdSchema = z.object({
  title: z.optional(z.string()),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  hiringOrganization: z.optional(TextOrName),
  baseSalary: z.optional(z.object({ currency: z.optional(z.string()), value: z.optional(Amount) })),
  jobLocation: z.optional(z.union([Place, z.array(Place)])),
});
export type JobPostingLd = z.infer<typeof JobPostingLdSchema>;

/** The first JobPosting in any `application/ld+json` script, validated; undefined when none. */
export function findJobPostingJsonLd(doc: Document): JobPostingLd | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(stripWrapper(script.textContent ?? ''));
    } catch {
      console.debug('[role-lens] unparsable ld+json block');
      continue;
    }
    const node = findPostingNode(data, 0);
    if (!node) continue;
    const parsed = JobPostingLdSchema.safeParse(node);
    if (parsed.success) return parsed.data;
    console.debug('[role-lens] JobPosting ld+json failed validation', parsed.error);
  }
  return undefined;
}

export function jsonLdTitle(posting: JobPostingLd): string | undefined {
  return nonEmpty(posting.title ?? posting.name);
}

export function jsonLdCompany(posting: JobPostingLd): string | undefined {
  const org = posting.hiringOrganization;
  return nonEmpty(typeof org === 'string' ? org : org?.name);
}

export function jsonLdLocation(posting: JobPostingLd): string | undefined {
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : posting.jobLocation ? [posting.jobLocation] : [];
  const names = places.map((place) => {
    const address = place.address;
    if (!address || typeof address === 'string') return address;
    const country = typeof address.addressCountry === 'string' ? address.addressCountry : address.addressCountry?.name;
    return [address.addressLocality, address.addressRegion, country].filter(Boolean).join(', ');
  });
  return nonEmpty(names.filter(Boolean).join(' / '));
}

export function jsonLdSalary(posting: JobPostingLd): string | undefined {
  const salary = posting.baseSalary;
  const value = salary?.value;
  if (value === undefined) return undefined;
  if (typeof value !== 'object') return nonEmpty(`${salary?.currency ?? ''} ${value}`);
  const amount = value.value ?? [value.minValue, value.maxValue].filter((v) => v !== undefined).join('–');
  if (amount === '') return undefined;
  return nonEmpty([salary?.currency, amount, value.unitText ? `/ ${value.unitText}` : ''].filter(Boolean).join(' '));
}

export interface MicrodataPosting {
  root: Element;
  title?: string;
  company?: string;
  description: Element | null;
}

/** The first `itemtype=…/JobPosting` scope on the page. */
export function findJobPostingMicrodata(doc: Document): MicrodataPosting | undefined {
  const root = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).find((element) =>
    /schema\.org\/JobPosting\b/i.test(element.getAttribute('itemtype') ?? ''),
  );
  if (!root) return undefined;
  const org = root.querySelector('[itemprop~="hiringOrganization"]');
  const orgName = org?.querySelector('[itemprop~="name"]') ?? org;
  return {
    root,
    title: itemValue(root.querySelector('[itemprop~="title"]')),
    company: itemValue(orgName),
    description: root.querySelector('[itemprop~="description"]'),
  };
}

function itemValue(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  return nonEmpty(element.getAttribute('content') ?? oneLine(element.textContent ?? ''));
}

function isPostingType(type: unknown): boolean {
  if (typeof type === 'string') return /(^|\/|:)JobPosting$/.test(type);
  return Array.isArray(type) && type.some(isPostingType);
}

function findPostingNode(data: unknown, depth: number): unknown {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findPostingNode(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (isPostingType(record['@type'])) return record;
  return findPostingNode(record['@graph'], depth + 1);
}

/** Some CMSs wrap ld+json in HTML comments or CDATA. */
function stripWrapper(source: string): string {
  return source.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '');
}
