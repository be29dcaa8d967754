// Light or dark card: the card matches what is painted behind the mention, and follows the system setting
// where the page does not say (no background of its own, a mid-tone one, or a canvas that follows the system).
import type { CardTheme } from '../ui/Card';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * WCAG relative luminance bounds. #595959 (0.10) and darker reads as a dark page, #a0a0a0 (0.35) and lighter
 * as a light one; between them either card looks out of place, so the system setting decides.
 */
export const DARK_BELOW = 0.1;
export const LIGHT_ABOVE = 0.35;
/** A background at least this opaque hides what is behind it well enough to decide the theme alone. */
const OPAQUE_ENOUGH = 0.5;

/** Parses the colour forms getComputedStyle returns for sRGB colours: rgb(), rgba() and color(srgb …). */
export function parseComputedColor(css: string): Rgba | null {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: alpha(srgb[4]) };
  return null;
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `background` is what the page paints behind the mention, or null when it cannot be known. */
export function chooseTheme(background: Rgba | null, systemDark: boolean): CardTheme {
  if (background) {
    const luminance = relativeLuminance(background);
    if (luminance <= DARK_BELOW) return 'dark';
    if (luminance >= LIGHT_ABOVE) return 'light';
  }
  return systemDark ? 'dark' : 'light';
}

/**
 * The first opaque-enough background colour on the way up from `start`. When nothing paints one, the canvas
 * shows through: white for a light-only page, dark for a dark-only one, and the system's choice (null) for a
 * page that allows both.
 */
export function backgroundBehind(start: Element | null, win: Window, toRgba = (css: string) => parseComputedColor(css) ?? canvasColor(win, css)): Rgba | null {
  for (let el = start; el; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    // An image or gradient can be any colour: let the system decide.
    if (style.backgroundImage !== 'none') return null;
    const color = toRgba(style.backgroundColor);
    if (color && color.a >= OPAQUE_ENOUGH) return color;
  }
  // The CSS property wins; where it is `normal`, a <meta name="color-scheme"> says what the page supports.
  let scheme = win.getComputedStyle(win.document.documentElement).colorScheme ?? '';
  if (!scheme || scheme === 'normal') scheme = win.document.querySelector?.('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
  if (!/\bdark\b/.test(scheme)) return { r: 255, g: 255, b: 255, a: 1 };
  return /\blight\b/.test(scheme) ? null : { r: 18, g: 18, b: 18, a: 1 };
}

let scratch: OffscreenCanvasRenderingContext2D | null | undefined;

/** Any other CSS colour (oklch(), lab(), …) converted to sRGB by drawing one pixel. */
function canvasColor(win: Window, css: string): Rgba | null {
  const Canvas = (win as Window & typeof globalThis).OffscreenCanvas;
  if (scratch === undefined) scratch = typeof Canvas === 'function' ? new Canvas(1, 1).getContext('2d', { willReadFrequently: true }) : null;
  if (!scratch) return null;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#000';
  scratch.fillStyle = css;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}
