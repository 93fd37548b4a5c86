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

  // The guide arrives through post_connect_cmd; without it the journalist sees no introduction.
  // The Browser re-renders the guide's <article class="guide"> into a frame of slides.
  const guide = page.locator('[data-testid="frameContents"] .slide').filter({ hasText: 'guanxi' });
  await guide.first().waitFor({ state: 'visible', timeout }).catch(() => {
    throw new Error('the guanxi guide did not appear (is browser.post_connect_cmd set and /guanxi/guide.html served?)');
  });

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
