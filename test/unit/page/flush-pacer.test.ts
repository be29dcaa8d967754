import { describe, expect, it } from 'vitest';
import { BURST, FlushPacer, MAX_DELAY_MS, WINDOW_MS } from '../../../src/page/flush-pacer';

describe('flush pacer', () => {
  it('rescans on the next frame while changes are occasional', () => {
    let now = 0;
    const pacer = new FlushPacer(() => now);
    for (let i = 0; i < BURST - 1; i++) {
      expect(pacer.delay()).toBe(0);
      pacer.flushed();
      now += 100;
    }
  });

  it('backs off more and more while a page keeps changing, up to a limit, and recovers when it calms', () => {
    let now = 0;
    const pacer = new FlushPacer(() => now);
    const delays: number[] = [];
    for (let i = 0; i < BURST + 8; i++) {
      delays.push(pacer.delay());
      pacer.flushed();
      now += 16;
    }
    expect(delays.slice(0, BURST).every((d) => d === 0)).toBe(true);
    const paced = delays.slice(BURST);
    expect(paced[0]).toBeGreaterThan(0);
    expect(paced.every((d, i) => i === 0 || d >= paced[i - 1]!)).toBe(true);
    expect(Math.max(...paced)).toBe(MAX_DELAY_MS);
    now += WINDOW_MS + 1;
    expect(pacer.delay()).toBe(0);
  });
});
