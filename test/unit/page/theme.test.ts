import { describe, expect, it } from 'vitest';
import { backgroundBehind, chooseTheme, DARK_BELOW, LIGHT_ABOVE, parseComputedColor, relativeLuminance } from '../../../src/page/theme';

const white = { r: 255, g: 255, b: 255, a: 1 };
const black = { r: 0, g: 0, b: 0, a: 1 };
const grey = (v: number) => ({ r: v, g: v, b: v, a: 1 });

describe('parseComputedColor', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseComputedColor('rgb(253, 252, 249)')).toEqual({ r: 253, g: 252, b: 249, a: 1 });
    expect(parseComputedColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseComputedColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseComputedColor('color(srgb 1 0.5 0 / 0.25)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.25 });
  });

  it('leaves other colour spaces to the caller', () => {
    expect(parseComputedColor('oklch(0.2 0.02 250)')).toBeNull();
    expect(parseComputedColor('transparent')).toBeNull();
  });
});

describe('chooseTheme', () => {
  it('matches a clearly light or dark page whatever the system says', () => {
    expect(chooseTheme(white, true)).toBe('light');
    expect(chooseTheme(grey(0x1a), false)).toBe('dark');
  });

  it('follows the system for mid-tone pages and when the background is unknown', () => {
    const mid = grey(0x80);
    expect(relativeLuminance(mid)).toBeGreaterThan(DARK_BELOW);
    expect(relativeLuminance(mid)).toBeLessThan(LIGHT_ABOVE);
    expect(chooseTheme(mid, true)).toBe('dark');
    expect(chooseTheme(mid, false)).toBe('light');
    expect(chooseTheme(null, true)).toBe('dark');
    expect(chooseTheme(null, false)).toBe('light');
  });

  it('uses WCAG relative luminance', () => {
    expect(relativeLuminance(white)).toBeCloseTo(1);
    expect(relativeLuminance(black)).toBe(0);
    expect(relativeLuminance({ r: 255, g: 0, b: 0, a: 1 })).toBeCloseTo(0.2126);
  });
});

describe('backgroundBehind', () => {
  // A minimal window: elements are plain objects whose computed style the test decides.
  type FakeElement = { parentElement: FakeElement | null; style: { backgroundColor: string; backgroundImage: string; colorScheme?: string } };
  function chain(...styles: Partial<FakeElement['style']>[]): { leaf: FakeElement; win: Window } {
    let parent: FakeElement | null = null;
    const all: FakeElement[] = [];
    for (const s of styles.reverse()) {
      parent = { parentElement: parent, style: { backgroundColor: 'rgba(0, 0, 0, 0)', backgroundImage: 'none', ...s } };
      all.push(parent);
    }
    const win = {
      getComputedStyle: (el: FakeElement) => el.style,
      document: { documentElement: all[0] },
    } as unknown as Window;
    return { leaf: parent!, win };
  }

  it('takes the nearest opaque-enough background on the way up', () => {
    const { leaf, win } = chain({}, { backgroundColor: 'rgba(255, 255, 255, 0.2)' }, { backgroundColor: 'rgb(20, 20, 20)' }, {});
    expect(backgroundBehind(leaf as unknown as Element, win)).toEqual({ r: 20, g: 20, b: 20, a: 1 });
  });

  it('sees a white canvas when nothing paints and the page does not allow dark', () => {
    const { leaf, win } = chain({}, {}, { colorScheme: 'normal' });
    expect(backgroundBehind(leaf as unknown as Element, win)).toEqual(white);
  });

  it('sees a dark canvas on a page that is dark only', () => {
    const { leaf, win } = chain({}, { colorScheme: 'dark' });
    expect(relativeLuminance(backgroundBehind(leaf as unknown as Element, win)!)).toBeLessThan(DARK_BELOW);
  });

  it('leaves it to the system when the canvas may be either, or an image is behind', () => {
    expect(backgroundBehind(chain({}, { colorScheme: 'light dark' }).leaf as unknown as Element, chain({}, { colorScheme: 'light dark' }).win)).toBeNull();
    const withImage = chain({}, { backgroundImage: 'url(x.png)', backgroundColor: 'rgb(255, 255, 255)' }, {});
    expect(backgroundBehind(withImage.leaf as unknown as Element, withImage.win)).toBeNull();
  });

  it('converts colour spaces it cannot parse through the converter it is given', () => {
    const { leaf, win } = chain({ backgroundColor: 'oklch(0.2 0.02 250)' });
    expect(backgroundBehind(leaf as unknown as Element, win, (css) => (css.startsWith('oklch') ? grey(25) : null))).toEqual(grey(25));
  });
});
