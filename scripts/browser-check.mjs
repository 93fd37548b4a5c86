// Checks the Neo4j Browser as a journalist sees it: connects without a login, waits for the guanxi guide that
// browser.post_connect_cmd plays, runs a query, checks that the graph draws with name captions and one colour
// per label, and saves a screenshot (and a close-up of the graph, FILE-graph.png) to look at.
//
//   node scripts/browser-check.mjs [--out FILE.png] [--url BROWSER_URL] [--query CYPHER] [--timeout SECONDS]
//
// Exit codes: 0 guide and graph seen, 1 something did not appear (the message says what), 2 bad arguments.
import { chromium } from 'playwright-core';

const defaults = {
  url: 'http://localhost:7474/browser/?dbms=neo4j://localhost:7687&preselectAuthMethod=NO_AUTH',
  out: 'target/browser-check.png',
  query: "MATCH (p:Person {name:'解芳'})-[r]-(x) RETURN p,r,x",
  timeout: '90',
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};

function parseArgs(argv) {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults) || i + 1 >= argv.length) {
      console.error(`browser-check: unknown or incomplete option ${argv[i]} (known: ${Object.keys(defaults).map(k => '--' + k).join(' ')})`);
      process.exit(2);
    }
    opts[key] = argv[++i];
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const timeout = Number(opts.timeout) * 1000;

const browser = await chromium.launch({
  executablePath: opts.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failure = null;
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
try {
  await page.goto(opts.url, { timeout });

  // The short address must end in a Browser that connects by itself: no login form, ever.
  const form = page.locator('[data-testid="connectButton"], button:has-text("Connect")');
  await page.locator('[data-testid="frameContents"]').first().waitFor({ state: 'visible', timeout });

  // The guide arrives through post_connect_cmd; without it the journalist sees no introduction.
  // The Browser re-renders the guide's <article class="guide"> into a frame of slides.
  const guide = page.locator('[data-testid="frameContents"] .slide').filter({ hasText: 'guanxi' });
  await guide.first().waitFor({ state: 'visible', timeout }).catch(() => {
    throw new Error('the guanxi guide did not appear (is browser.post_connect_cmd set and /guanxi/guide.html served?)');
  });

  // The URL the redirect ended on, and no connect form anywhere.
  console.log(`browser-check: landed on ${page.url()}`);
  if (await form.first().isVisible().catch(() => false)) {
    throw new Error('the Browser shows its connect form: the short address did not connect by itself');
  }
  // Only guanxi's guide: no Neo4j "Getting started" frame, no frame dumping the style sheet.
  const frameText = await page.locator('[data-testid="frameContents"]').allInnerTexts();
  const titles = await page.locator('[data-testid="frameCommand"]').allInnerTexts().catch(() => []);
  console.log(`browser-check: ${frameText.length} frames: ${titles.map(t => t.trim().slice(0, 60)).join(' | ')}`);
  if (frameText.some(t => /Getting started|Try Neo4j|:play start/i.test(t))) {
    throw new Error("Neo4j's own start guide is showing next to guanxi's");
  }
  if (frameText.some(t => /shaft-width|diameter:/.test(t))) {
    throw new Error('a frame shows the style sheet: the style should apply silently');
  }

  const editor = page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first();
  await editor.waitFor({ state: 'attached', timeout });
  await page.locator('[data-testid="activeEditor"], .monaco-editor').first().click();
  await page.keyboard.type(opts.query);
  await page.keyboard.press('Enter');

  const nodes = page.locator('svg g.node');
  await nodes.first().waitFor({ state: 'visible', timeout }).catch(() => {
    throw new Error(`no graph appeared for: ${opts.query}`);
  });
  // Let the force layout settle so the picture is readable.
  await page.waitForTimeout(4000);

  const drawn = await page.evaluate(() => [...document.querySelectorAll('svg g.node')].map(g => ({
    fill: [...g.querySelectorAll('circle')].map(c => c.getAttribute('fill') || getComputedStyle(c).fill).join(','),
    caption: [...g.querySelectorAll('text')].map(t => t.textContent).join(''),
  })));
  const fills = new Set(drawn.map(d => d.fill.toLowerCase()));
  const captions = drawn.map(d => d.caption);
  console.log(`browser-check: ${drawn.length} nodes, ${fills.size} colours, captions: ${captions.slice(0, 12).join(' | ')}`);
  if (!captions.some(c => c.includes('解芳'))) {
    throw new Error('no node is captioned 解芳: the style sheet did not apply its {name} captions');
  }
  if (fills.size < 2) {
    throw new Error('every node has the same colour: the style sheet did not apply');
  }
  // A close-up of the drawing, where captions can be read.
  await page.locator('svg:has(g.node)').first().screenshot({ path: opts.out.replace(/(\.png)?$/, '-graph.png') });
} catch (e) {
  failure = e;
} finally {
  await page.screenshot({ path: opts.out, fullPage: true }).catch(() => {});
  await browser.close();
}
if (failure) {
  console.error(`browser-check: ${failure.message} (screenshot: ${opts.out})`);
  process.exit(1);
}
console.log(`browser-check: ok, screenshot ${opts.out}`);
