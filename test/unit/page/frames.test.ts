// @vitest-environment happy-dom
// Which frame documents the content script takes up: each readable one once, and again after the frame loads
// another. (Page order across frames and placement need frameElement, which happy-dom lacks: test/e2e/frames.)
import { afterEach, describe, expect, it } from 'vitest';
import { FrameDocuments } from '../../../src/page/frames';

function page(html: string) {
  document.body.innerHTML = html; // test fixture only
  const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
  return { frame };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('frame documents', () => {
  it("gives each readable frame document once, and reports the frame's later loads", async () => {
    const { frame } = page(`<iframe id="f" srcdoc="<p>one</p>"></iframe>`);
    const loads: Element[] = [];
    const frames = new FrameDocuments((f) => loads.push(f));
    const first = frames.add(frame('f'));
    expect(first).toBe(frame('f').contentDocument);
    expect(frames.add(frame('f'))).toBeNull();
    frame('f').srcdoc = '<p>two</p>';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).toContain(frame('f'));
    const second = frames.add(frame('f'));
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(frames.clear()).toEqual([second]);
  });
});
