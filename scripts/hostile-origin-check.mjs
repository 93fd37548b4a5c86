// Checks that a web page from another origin cannot use the no-login `guanxi serve`: serves a page from a free
// local port (another origin, as any site the journalist visits would be) whose script tries the query API with
// fetch and Neo4j's Bolt port with a WebSocket, the two ways the Browser itself talks to the server; both must fail.
//
//   node scripts/hostile-origin-check.mjs --http PORT --bolt PORT [--timeout SECONDS]
//
// Exit codes: 0 both refused, 1 the page got through (the message says how), 2 bad arguments.
import http from 'node:http';
import { chromium } from 'playwright-core';

const defaults = { http: '', bolt: '', timeout: '30', chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
const opts = { ...defaults };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in defaults) || i + 1 >= argv.length) {
    console.error(`hostile-origin-check: unknown or incomplete option ${argv[i]}`);
    process.exit(2);
  }
  opts[key] = argv[++i];
}
if (!opts.http || !opts.bolt) {
  console.error('hostile-origin-check: --http PORT and --bolt PORT are needed');
  process.exit(2);
}

const page = `<!doctype html><meta charset="utf-8"><title>elsewhere</title><script>
window.outcome = (async () => {
  const result = {};
  try {
    const r = await fetch('http://localhost:${opts.http}/db/neo4j/query/v2', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ statement: 'MATCH (p:Person) RETURN p.name LIMIT 3' }) });
    result.query = 'answered ' + r.status + ': ' + (await r.text()).slice(0, 200);
  } catch (e) {
    result.query = 'refused';
  }
  result.bolt = await new Promise(resolve => {
    const ws = new WebSocket('ws://localhost:${opts.bolt}');
    ws.onopen = () => { ws.close(); resolve('opened'); };
    ws.onerror = () => resolve('refused');
    setTimeout(() => resolve('no answer'), 10000);
  });
  return result;
})();
</script>`;

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(page);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: opts.chromium, args: ['--no-sandbox', '--disable-gpu'] });
let failure = null;
try {
  const tab = await browser.newPage();
  await tab.goto(origin + '/', { timeout: Number(opts.timeout) * 1000 });
  const outcome = await tab.evaluate(() => window.outcome);
  console.log(`hostile-origin-check: from ${origin}: query ${outcome.query}; Bolt WebSocket ${outcome.bolt}`);
  if (outcome.query !== 'refused') failure = `a page from ${origin} queried the server (${outcome.query})`;
  else if (outcome.bolt === 'opened') failure = `a page from ${origin} opened a Bolt WebSocket`;
} catch (e) {
  failure = e.message;
} finally {
  await browser.close();
  server.close();
}
if (failure) {
  console.error(`hostile-origin-check: ${failure}`);
  process.exit(1);
}
console.log('hostile-origin-check: ok, another origin can neither query nor open Bolt');
