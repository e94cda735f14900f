// One factory for every adapter: it owns the "never throw, log and return null" contract and the
// Zod check on the way out, so each adapter file only says where things are on its pages.
import { linearize, type Linearized, type LinearizeOptions } from './linearize';
import { metaContent, oneLine } from './dom';
import { ExtractedPostingSchema, type Extraction, type ListCard, type SiteAdapter } from './types';

export interface PostingParts {
  title?: string;
  company?: string;
  salary?: string;
  location?: string;
  /** The description as lines (with segments when read from the visible DOM). */
  body: Linearized | null;
}

export interface SiteAdapterSpec {
  id: string;
  matches: string[];
  isJobPage(url: URL): boolean;
  isListPage(url: URL): boolean;
  /** May throw or return null; the factory turns both into a logged null. */
  readPosting(doc: Document, url: URL): PostingParts | null;
  readCards?(doc: Document, url: URL): ListCard[];
}

export function defineSiteAdapter(spec: SiteAdapterSpec): SiteAdapter {
  return {
    id: spec.id,
    matches: spec.matches,
    isJobPage: (url) => safePredicate(() => spec.isJobPage(url)),
    isListPage: (url) => safePredicate(() => spec.isListPage(url)),
    extract(doc, url) {
      try {
        return toExtraction(spec.id, doc, url, spec.readPosting(doc, url));
      } catch (error) {
        console.debug(`[role-lens] ${spec.id}: extraction failed`, error);
        return null;
      }
    },
    listCards(doc, url) {
      try {
        return (spec.readCards?.(doc, url) ?? []).filter((card) => card.title.length > 0);
      } catch (error) {
        console.debug(`[role-lens] ${spec.id}: list cards failed`, error);
        return [];
      }
    },
  };
}

function toExtraction(site: string, doc: Document, url: URL, parts: PostingParts | null): Extraction | null {
  if (!parts?.body?.text) {
    console.debug(`[role-lens] ${site}: no description on ${url.pathname}`);
    return null;
  }
  const title = parts.title ?? metaContent(doc, 'og:title') ?? oneLine(doc.title);
  const candidate = {
    site,
    url: url.href,
    title,
    ...defined({ company: parts.company, salary: parts.salary, location: parts.location }),
    text: parts.body.text,
  };
  const parsed = ExtractedPostingSchema.safeParse(candidate);
  if (!parsed.success) {
    console.debug(`[role-lens] ${site}: posting failed validation`, parsed.error);
    return null;
  }
  return { posting: parsed.data, segments: parts.body.segments };
}

/** Linearizes the element when present; null when it is missing or shows no text. */
export function bodyOf(element: Element | null, options?: LinearizeOptions): Linearized | null {
  if (!element) return null;
  const body = linearize(element, options);
  return body.text ? body : null;
}

function defined(fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value) out[key] = value;
  return out;
}

function safePredicate(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

/** `url` is on one of these exact hosts. */
export function isHost(url: URL, ...hosts: string[]): boolean {
  return hosts.includes(url.hostname);
}
