// Exercises: the built-in scenario run in German, marked ÜBUNG, with its own clock, a customer
// word logged, ended, and the post-exercise report read and downloaded.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  demoUsers,
  launchBrowser,
  logIn,
  newPage,
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

describe('exercises', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('runs a short exercise in German: start, next inject, a customer word, end, the report', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.admin);
    await page.getByRole('link', { name: 'Übungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Übungen' }).waitFor();
    // The demo's finished exercise is listed.
    await page.getByRole('link', { name: 'Drill: server failure on a Friday' }).waitFor();

    await page.getByRole('button', { name: 'Übung starten' }).click();
    await page.getByRole('note').filter({ hasText: 'ÜBUNG' }).waitFor();
    await page.getByText('Der Hauptserver ist ausgefallen').waitFor();
    assert.equal(await page.getByLabel('Übungszeit').innerText(), 'T+0:00');

    await page.getByRole('button', { name: 'Zum nächsten Einspieler' }).click();
    await page.getByText('Unbeantwortete E-Mails stauen sich: etwa 3500 warten.').waitFor();
    assert.equal(await page.getByLabel('Übungszeit').innerText(), 'T+1:00');

    const word = `Wir sind erreichbar per E-Mail ${uniqueSuffix()}`;
    await page.getByLabel('Art').selectOption('CUSTOMER_WORD');
    await page.getByLabel('Was geschah').fill(word);
    await page.getByRole('button', { name: 'Eintragen' }).click();
    await page.getByText(`Wort an die Kundschaft: ${word}`).waitFor();

    await page.getByRole('button', { name: 'Übung beenden' }).click();
    await page.getByRole('heading', { name: 'Übungsbericht' }).waitFor();
    await page.getByText('Vom ersten Einspieler bis zum ersten Wort an die Kundschaft').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Übung beenden' }).count(), 0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Markdown herunterladen' }).click();
    const markdown = await readFile(await (await downloading).path(), 'utf8');
    assert.match(markdown, /^# Übungsbericht: Serverausfall an einem Freitag/);
    assert.ok(markdown.includes(word), 'the report holds the customer word');
    assert.ok(
      markdown.includes('Vom ersten Einspieler bis zum ersten Wort an die Kundschaft: 1:00 Std.'),
    );

    await saveScreenshot(page, 'exercise-report-de');
    assert.deepEqual(page.consoleErrors, []);
  });
});
