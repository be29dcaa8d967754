// `npm run demo`: starts Chromium with the built extension on a sample article of ours, saves screenshots of
// the marks, a card and the popup under screenshots/, and leaves a visible window open where a display exists.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, PROJECT_ROOT } from './lib/launch';
import { serveFolder } from './lib/serve';

const OUT = join(PROJECT_ROOT, 'screenshots');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFolder(join(PROJECT_ROOT, 'test/fixtures/pages'));
  const browser = await launchWithExtension({ headless: !headed });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/vilnius-article.html`);
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, { timeout: 10_000 });
  await page.screenshot({ path: join(OUT, 'marks.png') });

  // Click the first "Vilnius summit" mention, as a reader would.
  const point = await page.evaluate(() => {
    const p = document.getElementById('lead')!;
    const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes('Vilnius summit')) as Text;
    const range = document.createRange();
    const at = text.data.indexOf('Vilnius summit');
    range.setStart(text, at);
    range.setEnd(text, at + 'Vilnius summit'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, 'card.png') });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.locator('.mention').first().waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`Screenshots saved in ${OUT}: marks.png, card.png, popup.png`);

  if (headed) {
    await popup.close();
    await page.bringToFront();
    console.log('The browser stays open with the sample article; close its window to end the demo.');
    await new Promise((resolve) => browser.context.on('close', resolve));
    await server.close();
  } else {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
