// Issue 14, item 5: a German reader sees no English sentence. The domain and the API hand over
// codes with parameters; the dashboard words them. This scans the German overview, an incident,
// the backlogs and the services pages, and a refused service form (a dependency cycle), for
// the English sentences of the dashboard's translations and of the domain's reasons, gaps and
// field errors. The demo's own data (service names, titles) is English and is not scanned for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoUsers, launchBrowser, logIn, newPage, uniqueSuffix } from '../support.mjs';

const localesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/app/locales');

/** The quoted texts of a locale file, without their {{placeholders}}. */
function localeTexts(file) {
  const source = readFileSync(resolve(localesDir, file), 'utf8');
  return [...source.matchAll(/'((?:[^'\\]|\\.)+)'/g)].map((match) => match[1]);
}

const german = new Set(localeTexts('de.ts'));
// English dashboard texts of three words or more that the German file does not share.
const englishTranslations = localeTexts('en.ts')
  .filter((text) => !german.has(text))
  .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.split(/\s+/).length >= 3);

// Sentences the domain and the API used to write in English.
const englishFromTheServer = [
  /\bis a tier \d service\b/,
  /\bRTO of .* (runs out|passed)\b/,
  /\bBlocks \S/,
  /\bHolds up\b/,
  /\bWaits for\b/,
  /\bNeeded first by\b/,
  /\bEnds the silence\b/,
  /\bis running again\b/,
  /\bMarked as blocked\b/,
  /\bhas a (major|partial) outage\b/,
  /\bstill has [\d,.]+ open items?\b/,
  /\bThe incident is not resolved yet\b/,
  /\bThe affected customers have not been told\b/,
  /\bis required\b/,
  /\bmust be (at most|one of|a whole|lowercase|an?)\b/,
  /\bwould create the dependency cycle\b/,
  /\bsomeone else\b/i,
];

async function englishOn(page) {
  const text = await page.locator('main').innerText();
  const found = englishTranslations.filter((sentence) => text.includes(sentence));
  for (const pattern of englishFromTheServer) {
    const match = text.match(pattern);
    if (match) found.push(match[0]);
  }
  return found;
}

describe('the German dashboard speaks German', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.admin);
  });
  after(async () => {
    await browser?.close();
  });

  for (const [name, path, ready] of [
    ['overview', '/', '.lb-stat'],
    ['incident', '/incidents/INC-0001', '.task__reasons li'],
    ['backlogs', '/backlogs', '.backlog'],
    ['services', '/services', 'tr[data-service-key]'],
  ]) {
    it(`shows no English sentence on the ${name} page`, async () => {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.deepEqual(await englishOn(page), [], `English on the German ${name} page`);
    });
  }

  it('words a refused dependency cycle in German, naming the services', async () => {
    await page.goto('/services');
    const suffix = uniqueSuffix();
    const first = `Kasse ${suffix}`;
    const second = `Lager ${suffix}`;
    for (const [key, name, dependsOn] of [
      [`kasse-${suffix}`, first, null],
      [`lager-${suffix}`, second, first],
    ]) {
      await page.getByRole('button', { name: 'Dienst hinzufügen' }).click();
      await page.getByLabel('Schlüssel', { exact: true }).fill(key);
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Wiederherstellungszeit-Ziel (Minuten)').fill('60');
      await page.getByLabel('Wiederherstellungspunkt-Ziel (Minuten)').fill('15');
      if (dependsOn) await page.getByRole('checkbox', { name: dependsOn }).check();
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.locator(`tr[data-service-key="${key}"]`).waitFor();
    }
    await page.getByRole('button', { name: `Bearbeiten ${first}` }).click();
    await page.getByRole('checkbox', { name: second }).check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    const issue = page.getByRole('group', { name: 'Hängt ab von' }).locator('.form__error');
    await issue.waitFor();
    const words = await issue.innerText();
    assert.match(words, /Abhängigkeitszyklus/);
    assert.ok(words.includes(first) && words.includes(second), words);
    assert.deepEqual(await englishOn(page), []);
  });

  it('says a new person’s e-mail address is taken, not that someone else changed something', async () => {
    await page.goto('/settings');
    const form = page.locator('form.admin-form').filter({ hasText: 'Person hinzufügen' });
    await form.getByLabel('E-Mail').fill(demoUsers.support);
    await form.getByLabel('Passwort').fill('ein langes Passwort 123');
    await form.getByRole('button', { name: 'Person hinzufügen' }).click();
    const email = form.getByLabel('E-Mail');
    await form.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    assert.match(await form.locator('.form__field--invalid').innerText(), /bereits vergeben/);
    assert.doesNotMatch(await form.innerText(), /Jemand anderes|Someone else/);
  });
});
