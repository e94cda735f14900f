// The heading-based fallback for pages without structured data (company careers pages, ATS
// pages such as Moka / 北森 / Workday): find a duties heading, then read it and the blocks after it
// until a heading that starts the company intro, benefits or the application form.
import { oneLine } from './dom';
import { linearize, type Linearized } from './linearize';

/** Headings that open the duties part of a posting. */
export const DUTY_HEADING =
  /^(岗位职责|工作职责|职位职责|职位描述|岗位描述|工作内容|职责描述|主要职责|职位详情|岗位说明|job description|responsibilities|key responsibilities|your responsibilities|what you('|’)ll do|what you will do|the role|about the role|your role|role overview|duties)\s*[:：]?$/i;

/** Headings after which the text is no longer the posting. */
export const STOP_HEADING =
  /^(公司介绍|公司简介|关于我们|公司福利|福利待遇|员工福利|工作地址|工作地点|联系方式|投递方式|申请方式|about us|about the company|who we are|our company|benefits|perks|what we offer|apply|how to apply|apply for this job|equal (employment )?opportunity.*|eeo.*)\s*[:：]?$/i;

const MAX_HEADING_LENGTH = 40;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the page window's globals

/**
 * The outermost element whose whole text is a duties heading. Walks Text nodes (cheap) instead of
 * reading textContent of every element, which is quadratic on large SPA pages.
 */
export function findDutyHeading(root: ParentNode): Element | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length > MAX_HEADING_LENGTH * 4) continue; // cheap skip: long text is never a heading
    const text = oneLine(data);
    if (!text || text.length > MAX_HEADING_LENGTH || !DUTY_HEADING.test(text)) continue;
    let element = node.parentElement;
    if (!element || element.closest('script, style, noscript, template, nav, footer, button, a')) continue;
    while (element.parentElement && element.parentElement !== root && isHeadingText(element.parentElement)) {
      element = element.parentElement;
    }
    if (isHeadingText(element)) return element;
  }
  return undefined;
}

function isHeadingText(element: Element): boolean {
  const text = oneLine(element.textContent ?? '');
  return text.length <= MAX_HEADING_LENGTH && DUTY_HEADING.test(text);
}

/**
 * The duties heading and the blocks after it, up to the first stop heading. When a wrapper holds
 * nothing but duty material (the heading is its first child, e.g. Lever's one <div class="section">
 * per heading) and runs out without a stop heading, the wrapper's own next siblings are read too.
 */
export function readDutyBlock(root: ParentNode): Linearized | null {
  const heading = findDutyHeading(root);
  if (!heading) return null;
  // Climb while the heading is the last thing in its wrapper (e.g. <div class="title"><h3>…</h3></div>).
  let start: Element = heading;
  while (!start.nextElementSibling && canClimbTo(start.parentElement)) start = start.parentElement!;
  let blocks: Element[] = [start];
  for (let level = 0; ; level++) {
    let stopped = false;
    for (let next = blocks[blocks.length - 1]!.nextElementSibling; next; next = next.nextElementSibling) {
      if (startsWithStopHeading(next)) {
        stopped = true;
        break;
      }
      blocks.push(next);
    }
    const parent = start.parentElement;
    if (stopped || level >= MAX_CLIMB || start.previousElementSibling || !canClimbTo(parent)) break;
    start = parent!;
    blocks = [start];
  }
  const body = linearize(blocks);
  return body.text ? body : null;
}

const MAX_CLIMB = 2;

function canClimbTo(element: Element | null): boolean {
  return !!element && !['BODY', 'HTML', 'MAIN'].includes(element.tagName.toUpperCase());
}

function startsWithStopHeading(element: Element): boolean {
  const own = oneLine(element.textContent ?? '');
  if (own.length <= MAX_HEADING_LENGTH && STOP_HEADING.test(own)) return true;
  const firstHeading = element.querySelector('h1, h2, h3, h4, h5, h6, dt, strong, [role="heading"]');
  if (!firstHeading) return false;
  const headingText = oneLine(firstHeading.textContent ?? '');
  const leading = own.startsWith(headingText);
  return leading && STOP_HEADING.test(headingText);
}
