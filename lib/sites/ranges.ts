// From offsets in an extracted `text` back to the page: one DOM Range per Text node the span touches.
import type { TextSegment } from './types';

export function rangesForSpan(segments: readonly TextSegment[], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  if (end <= start) return ranges;
  for (const segment of segments) {
    const from = Math.max(segment.start, start);
    const to = Math.min(segment.end, end);
    if (from >= to) continue;
    const nodeStart = segment.nodeOffset + (from - segment.start);
    const nodeEnd = segment.nodeOffset + (to - segment.start);
    if (nodeEnd > segment.node.length) continue; // the page changed the node since extraction
    const previous = ranges[ranges.length - 1];
    // Segments of one node are split only by collapsed whitespace: one Range covers them all.
    if (previous && previous.endContainer === segment.node && previous.endOffset <= nodeStart) {
      previous.setEnd(segment.node, nodeEnd);
      continue;
    }
    const range = segment.node.ownerDocument.createRange();
    range.setStart(segment.node, nodeStart);
    range.setEnd(segment.node, nodeEnd);
    ranges.push(range);
  }
  return ranges;
}
