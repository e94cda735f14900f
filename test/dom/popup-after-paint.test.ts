// The popup's "ready" time is the paint time the browser reports for the analysis's first line (Element
// Timing); without that API, the task after the next frame. These pin down which entry counts and the fallbacks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenPainted } from '@/components/popup/after-paint';

type Entry = { identifier: string; renderTime: number; entryType: string; name: string; startTime: number; duration: number };
let deliver: ((entries: Entry[]) => void) | undefined;

/** A PerformanceObserver that supports Element Timing and hands the test its callback. */
class FakeObserver {
  static supportedEntryTypes = ['element', 'paint'];
  disconnected = false;
  constructor(private readonly callback: (list: { getEntries(): Entry[] }) => void) {}
  observe() {
    deliver = (entries) => !this.disconnected && this.callback({ getEntries: () => entries });
  }
  disconnect() {
    this.disconnected = true;
  }
}

const element = (identifier: string, renderTime: number): Entry => ({ identifier, renderTime, entryType: 'element', name: 'text-paint', startTime: renderTime, duration: 0 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  deliver = undefined;
});

describe('whenPainted', () => {
  it('reports the paint time of the named element, painted after the call, once', () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const now = performance.now();
    const seen: number[] = [];
    whenPainted('rolelens-analysis', (at) => seen.push(at));
    deliver!([element('other', now + 5), element('rolelens-analysis', now - 50)]);
    expect(seen).toEqual([]);
    deliver!([element('rolelens-analysis', now + 20)]);
    deliver!([element('rolelens-analysis', now + 40)]);
    expect(seen).toEqual([now + 20]);
  });

  it('cancelled, reports nothing', () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const seen: number[] = [];
    const cancel = whenPainted('rolelens-analysis', (at) => seen.push(at));
    cancel();
    deliver?.([element('rolelens-analysis', performance.now() + 1)]);
    expect(seen).toEqual([]);
  });

  it('falls back to the next frame when the element is never reported (a hidden page)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const seen: number[] = [];
    whenPainted('rolelens-analysis', (at) => seen.push(at));
    await vi.advanceTimersByTimeAsync(900);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(2500);
    expect(seen).toHaveLength(1);
  });

  it('without Element Timing, reports after the next frame', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const seen: number[] = [];
    whenPainted('rolelens-analysis', (at) => seen.push(at));
    expect(seen).toEqual([]);
    // Well before the 1 s give-up: a frame (or, without frames, the next task) is enough.
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 500, interval: 5 });
  });
});

describe('afterNextPaint', () => {
  it('runs in the task after the animation frame, not inside it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    let ran = false;
    afterNextPaint(() => (ran = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toBe(false);
    frames[0]!(performance.now());
    expect(ran).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toBe(true);
  });
});
