// Shared helpers of the end-to-end specs: a headless Chromium, login, axe checks, screenshots.
// Functions passed to page.evaluate run in the browser, hence its globals:
/* global window, document */
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const screenshotsDir = resolve(webRoot, '../../docs/screenshots');

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4000';
export const demoPassword = 'lagebild-demo';
export const demoUsers = {
  management: 'management@example.com',
  support: 'support@example.com',
  admin: 'admin@example.com',
};

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (no shared storage) in the given language; phone-sized on request. */
export async function newPage(browser, { locale = 'en-GB', phone = false } = {}) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale,
    timezoneId: 'Europe/Berlin',
    viewport: phone ? { width: 375, height: 740 } : { width: 1360, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.consoleErrors = consoleErrors;
  return page;
}

/** Logs in through the login page and waits for the dashboard. */
export async function logIn(page, email) {
  await page.goto('/login');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password|passwort/i).fill(demoPassword);
  await page.getByRole('button', { name: /log in|anmelden/i }).click();
  await page.getByRole('navigation').waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the current page and fails on serious or critical violations. */
export async function assertAccessible(page, what) {
  // Evaluated through the DevTools protocol: the API's Content-Security-Policy rightly blocks
  // inline <script> tags, and the test must not weaken it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
  assert.deepEqual(violations, [], `${what}: axe found serious violations`);
}

/** Asserts the page does not scroll sideways (it fits the viewport, e.g. 375 px). */
export async function assertNoHorizontalScroll(page, what) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 1, `${what} is ${overflow}px wider than the viewport`);
}

export async function saveScreenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotsDir, `${name}.png`), fullPage: false });
}

/** A GraphQL call as a given person, for preparing data a spec needs. */
export async function graphql(query, variables = {}, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** An access token for a demo person, straight from the API (to prepare data quickly). */
export async function apiToken(email) {
  const result = await graphql(
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: demoPassword } },
  );
  const token = result.data?.login?.accessToken;
  assert.ok(token, `login of ${email} failed: ${JSON.stringify(result.errors)}`);
  return token;
}

/** Runs a GraphQL operation that must succeed and returns its data. */
export async function mustGraphql(token, query, variables = {}) {
  const result = await graphql(query, variables, token);
  assert.equal(result.errors, undefined, `GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Creates a service as admin and returns its key. */
export async function createService(adminToken, { key, name, tier = 1, rtoMinutes = 240 }) {
  await mustGraphql(
    adminToken,
    'mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }',
    { input: { key, name, tier, rtoMinutes, rpoMinutes: 60 } },
  );
  return key;
}

/** Declares an incident as a responder, with an open impact on the given service. */
export async function declareIncident(
  token,
  { title, publicTitle, severity, serviceKey, startedAt },
) {
  const data = await mustGraphql(
    token,
    'mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id ref version } }',
    {
      input: {
        title,
        ...(publicTitle ? { publicTitle } : {}),
        severity,
        summary: `${title}: summary`,
        ...(startedAt ? { startedAt, detectedAt: startedAt } : {}),
        impacts: [{ serviceKey, status: 'MAJOR_OUTAGE' }],
      },
    },
  );
  return data.declareIncident;
}

export async function postUpdate(token, incidentId, body, visibility, nextUpdateAt = undefined) {
  await mustGraphql(
    token,
    'mutation ($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }',
    { input: { incidentId, body, visibility, nextUpdateAt } },
  );
}

export const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Polls `read` until it returns something other than `previous` (or the time is up). */
export async function waitForChange(read, previous, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let current = await read();
  while (current === previous && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 200));
    current = await read();
  }
  return current;
}
