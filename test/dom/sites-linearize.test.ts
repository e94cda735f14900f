// The linearizer and the span → Range mapping, on small hand-made blocks and on random trees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropFurnitureLines, linearize, linearizeHtml } from '@/lib/sites/linearize';
import { rangesForSpan } from '@/lib/sites/ranges';
import { balancedLiteral, readAssignedJson } from '@/lib/sites/dom';
import { readDutyBlock } from '@/lib/sites/duty-block';
import { loadHtml } from './sites/fixtures';

const shared = loadHtml('<body></body>', 'https://example.com/');

/** A fresh container in one shared jsdom document (a new window per case is slow). */
function block(html: string): Element {
  const root = shared.createElement('div');
  root.innerHTML = html; // test input, parsed by jsdom; scripts inserted this way never run
  shared.body.replaceChildren(root);
  return root;
}

function expectExact(root: Element, result: ReturnType<typeof linearize>): void {
  for (const segment of result.segments) {
    expect(root.contains(segment.node)).toBe(true);
    expect(result.text.slice(segment.start, segment.end)).toBe(segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.end - segment.start));
  }
}

describe('linearize', () => {
  it.each([
    ['br and blocks become lines', '岗位职责：<br>1、写方案<br/>2、跑活动<p>任职要求：</p><div>本科</div>', '岗位职责：\n1、写方案\n2、跑活动\n任职要求：\n本科'],
    ['list items are lines, nested lists too', '<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>', 'One\nTwo\nTwo a'],
    ['whitespace collapses inside a line and is trimmed at its ends', '  <p>  Plan   the\n\t launch  </p>  ', 'Plan the launch'],
    ['inline tags join words', '<p>Own <b>the</b><i>funnel</i> end<span> to</span> end</p>', 'Own thefunnel end to end'],
    ['empty blocks leave no blank lines', '<p>a</p><p> </p><div><br><br></div><p>b</p>', 'a\nb'],
    ['scripts, styles, buttons, hidden and display:none are skipped', '<p>keep</p><script>alert(1)</script><style>p{}</style><button>Apply</button><p hidden>h</p><p style="display:none">n</p><p style="visibility:hidden">v</p><img src="x" alt="alt text">', 'keep'],
    ['escaped markup stays text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>'],
    ['pre and pre-wrap keep source line breaks', '<pre>a\n  b</pre><div style="white-space:pre-wrap">c\nd</div>', 'a\nb\nc\nd'],
    ['nbsp and ideographic spaces collapse', '<p>a&nbsp;&nbsp;b\u3000\u3000c</p>', 'a b c'],
  ])('%s', (_name, html, text) => {
    const root = block(html);
    const result = linearize(root);
    expect(result.text).toBe(text);
    expectExact(root, result);
  });

  it('leaves out excluded subtrees', () => {
    const root = block('<h2 class="t">About the job</h2><p>Ship it.</p><footer class="f">See less</footer>');
    expect(linearize(root, { exclude: ['.t', '.f'] }).text).toBe('Ship it.');
  });

  it('drops furniture lines at the ends and shifts segments', () => {
    const root = block('<h2>About the job</h2><p>Ship it.</p><p>… more</p>');
    const result = dropFurnitureLines(linearize(root), (line) => /^(about the job|… more)$/i.test(line));
    expect(result.text).toBe('Ship it.');
    expectExact(root, result);
    expect(result.segments[0]).toMatchObject({ start: 0, end: 8, nodeOffset: 0 });
  });

  it('maps every character except inserted separators, on random trees', { timeout: 30_000 }, () => {
    const leaf = fc.oneof(
      fc.constantFrom('', ' ', '  ', '\n', '\t', 'a', '岗位', 'x y', ' 运营 ', 'Run ads ', '1、').map((text) => ({ kind: 'text' as const, text })),
      fc.constant({ kind: 'br' as const }),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('element')),
      element: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom('p', 'div', 'span', 'b', 'li', 'ul', 'h3', 'script'),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
    }));
    type Node = { kind: 'text'; text: string } | { kind: 'br' } | { kind: 'element'; tag: string; children: Node[] };
    const render = (node: Node): string =>
      node.kind === 'text' ? node.text : node.kind === 'br' ? '<br>' : `<${node.tag}>${node.children.map(render).join('')}</${node.tag}>`;
    fc.assert(
      fc.property(fc.array(tree.node as fc.Arbitrary<Node>, { maxLength: 5 }), (nodes) => {
        const root = block(nodes.map(render).join(''));
        const result = linearize(root);
        expectExact(root, result);
        const covered = new Set<number>();
        for (const segment of result.segments) for (let i = segment.start; i < segment.end; i++) covered.add(i);
        for (let i = 0; i < result.text.length; i++) if (!covered.has(i)) expect(' \n').toContain(result.text[i]);
        expect(result.text).not.toMatch(/^\s|\s$|\n\n| {2}| \n|\n /);
      }),
      { numRuns: 150 },
    );
  });
});

describe('rangesForSpan', () => {
  const root = block('<p>Plan <b>the</b> launch</p><p>and   report   reach</p>');
  const result = linearize(root);

  it('gives one Range per Text node touched', () => {
    const start = result.text.indexOf('Plan');
    const ranges = rangesForSpan(result.segments, start, start + 'Plan the launch'.length);
    expect(ranges.map((range) => range.toString())).toEqual(['Plan ', 'the', ' launch']);
  });

  it('covers collapsed whitespace inside one node with a single Range', () => {
    const start = result.text.indexOf('and');
    const ranges = rangesForSpan(result.segments, start, result.text.length);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString()).toBe('and   report   reach');
  });

  it('clips partial spans and ignores empty or out-of-range ones', () => {
    expect(rangesForSpan(result.segments, 1, 3).map((range) => range.toString())).toEqual(['la']);
    expect(rangesForSpan(result.segments, 5, 5)).toEqual([]);
    expect(rangesForSpan(result.segments, 500, 600)).toEqual([]);
  });

  it('skips nodes the page has shortened since extraction', () => {
    const own = block('<p>Plan the launch</p>');
    const extracted = linearize(own);
    (own.querySelector('p')!.firstChild as Text).data = 'Plan';
    expect(rangesForSpan(extracted.segments, 0, extracted.text.length)).toEqual([]);
  });
});

describe('embedded JSON', () => {
  it('reads the balanced literal after a marker, honouring strings', () => {
    expect(balancedLiteral('x = {"a":"}{","b":[1,{"c":"\\"}"}]};foo()', 3)).toBe('{"a":"}{","b":[1,{"c":"\\"}"}]}');
    expect(balancedLiteral('x = foo({"a":1})', 3)).toBeUndefined();
    const doc = loadHtml('<script>var a=1;</script><script>window.__INITIAL_STATE__ = {"k":"v"};</script>', 'https://example.com/');
    expect(readAssignedJson(doc, '__INITIAL_STATE__')).toEqual({ k: 'v' });
    expect(readAssignedJson(loadHtml('<script>__INITIAL_STATE__={bad}</script>', 'https://example.com/'), '__INITIAL_STATE__')).toBeUndefined();
  });
});

describe('duty headings', () => {
  it('reads from the heading to the stop heading', () => {
    const root = block('<p>About us</p><h3>工作职责</h3><p>1. 搭建会员体系</p><h3>任职要求</h3><p>本科</p><h3>公司福利</h3><p>年终奖</p>');
    expect(readDutyBlock(root)?.text).toBe('工作职责\n1. 搭建会员体系\n任职要求\n本科');
  });

  it('climbs out of a wrapper that holds only the heading', () => {
    const root = block('<div class="t"><h4>Responsibilities:</h4></div><ul><li>Own retention.</li></ul><h4>Benefits</h4><p>Gym</p>');
    expect(readDutyBlock(root)?.text).toBe('Responsibilities:\nOwn retention.');
  });

  it('ignores long sentences that merely mention duties', () => {
    expect(readDutyBlock(block('<p>Job description: we are looking for someone who loves numbers and people alike.</p>'))).toBeNull();
  });
});

describe('linearizeHtml (text from embedded JSON)', () => {
  it.each([
    ['HTML', '<p>Duties</p><ul><li>Run &amp; report</li></ul>', 'Duties\nRun & report'],
    ['plain text with newlines', 'Duties:\n- Run &amp; report\n\n- Grow retention', 'Duties:\n- Run & report\n- Grow retention'],
    ['entity-escaped HTML', '&lt;p&gt;Duties&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Run ads&lt;/li&gt;&lt;/ul&gt;', 'Duties\nRun ads'],
    ['lagou-style br', '岗位职责：<br />1、拉新<br />2、留存', '岗位职责：\n1、拉新\n2、留存'],
  ])('%s', (_name, html, text) => {
    expect(linearizeHtml(html)).toEqual({ text, segments: [] });
  });
});
