// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the staff console in Debian's headless Chromium against a running guichet-server, as a
// member of staff would, and checks what the server then holds. Started by console.sh.
// usage: node console.mjs URL STAFF_TOKEN KIOSK_TOKEN OTHER_KIOSK_TOKEN PACK_TOOL PACK_DIR PACK_SECRET_KEY WORK_DIR
//   KIOSK_TOKEN is kiosk k1's (at BAPA BXL), OTHER_KIOSK_TOKEN kiosk k3's (at VIA Molenbeek).
//   PACK_TOOL is guichet-pack; two packs are built in WORK_DIR from copies of PACK_DIR, signed
//   with PACK_SECRET_KEY (whose public half the server trusts).
// env: GUICHET_SERVER_BIN and GUICHET_DB (staff tokens are added and revoked with them),
//   GUICHET_SCREENSHOT_DIR. playwright-core and axe-core come from ./node
//   (tools/setup-console-test.sh).

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    addDays, brusselsClock, brusselsDay, check, client, isWeekday, launchChromium, openConsole, see, signIn,
} from './console-support.mjs';
import { noOverflow } from './console-checks.mjs';
import { workingDay } from './console-day.mjs';

const [base, staffToken, kioskToken, otherKioskToken, packTool, packDir, packKey, workDir] = process.argv.slice(2);
if (!base || !staffToken || !kioskToken || !otherKioskToken || !packTool || !packDir || !packKey || !workDir) {
    console.error('usage: node console.mjs URL STAFF_TOKEN KIOSK_TOKEN OTHER_KIOSK_TOKEN PACK_TOOL PACK_DIR PACK_SECRET_KEY WORK_DIR');
    process.exit(2);
}
const url = base.replace(/\/+$/, '');
const origin = new URL(url).origin;
const shots = process.env.GUICHET_SCREENSHOT_DIR || os.tmpdir();
const PHONE = '+32470123456';
// Typed by the public: must show as text, never run.
const NAME = '<img src=x onerror="window.__guichetInjected=1">Ada';
const { api, staffBookings: bookingsAs } = client(url);
const staffBookings = (officeId, day) => bookingsAs(staffToken, officeId, day);

/** A kiosk books a free seat on a weekday about a week ahead, as the kiosk's sync would. */
async function bookAsKiosk() {
    const offices = await api(kioskToken, 'GET', '/api/v1/offices');
    check(offices.status === 200, `GET /api/v1/offices: ${offices.status} ${offices.text}`);
    check(Array.isArray(offices.json) && offices.json.length > 0, `GET /api/v1/offices: no office in ${offices.text}`);
    const office = offices.json[0];
    check(Array.isArray(office.services) && office.services.length > 0, `office ${office.id} offers no service`);

    let day = addDays(brusselsDay(new Date()), 7);
    for (let tries = 0; tries < 21; ++tries, day = addDays(day, 1)) {
        if (!isWeekday(day))
            continue;
        for (const service of office.services) {
            const query = new URLSearchParams({ office: office.id, service: service.id, from: day, to: day });
            const slots = await api(kioskToken, 'GET', `/api/v1/slots?${query}`);
            check(slots.status === 200, `GET /api/v1/slots?${query}: ${slots.status} ${slots.text}`);
            check(Array.isArray(slots.json), `GET /api/v1/slots: not a list: ${slots.text}`);
            const slot = slots.json.find(s => s.available > 0);
            if (!slot)
                continue;
            const id = randomUUID();
            const body = {
                id, slot_id: slot.id, language: 'ar', phone: PHONE, name: NAME,
                created_at: new Date().toISOString(),
            };
            const booked = await api(kioskToken, 'POST', '/api/v1/bookings', body);
            check(booked.status === 201, `POST /api/v1/bookings: expected 201, got ${booked.status} ${booked.text}`);
            check(booked.json && typeof booked.json.code === 'string' && booked.json.code,
                `POST /api/v1/bookings: no booking code in ${booked.text}`);
            const start = new Date(slot.start);
            check(!Number.isNaN(start.getTime()), `slot start is not a time: ${slot.start}`);
            return { office, booking: booked.json, day: brusselsDay(start), clock: brusselsClock(start) };
        }
    }
    throw new Error(`no free slot at office ${office.id} in three weeks from a week ahead`);
}

const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
    'septembre', 'octobre', 'novembre', 'décembre'];

function editJson(file, change) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    change(data);
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

/** A copy of the default pack, changed, signed and archived by guichet-pack build. */
function buildPack(name, version, expires, change = () => {}) {
    const dir = path.join(workDir, name);
    fs.cpSync(packDir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'signature.json'), { force: true });
    editJson(path.join(dir, 'manifest.json'), manifest => { manifest.version = version; });
    change(dir);
    const archive = path.join(workDir, `${name}.tar.gz`);
    try {
        execFileSync(packTool, ['build', dir, '--key', packKey, '--out', archive, '--expires', expires],
            { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60000 });
    } catch (error) {
        throw new Error(`guichet-pack build ${name}: ${error.stderr || error.message}`);
    }
    return { path: archive, version };
}

/**
 * Two packs: the first as the default pack is, the second a greater version in which VIA
 * Schaerbeek closes at 19:00 instead of 20:00 on Tuesdays. Both expire 40 days after today (the
 * system's clock, which both the server and guichet-pack read here), so they are valid any day.
 */
function buildPacks() {
    const first = JSON.parse(fs.readFileSync(path.join(packDir, 'manifest.json'), 'utf8')).version;
    const expires = addDays(brusselsDay(new Date()), 40);
    const shorterTuesday = dir => editJson(path.join(dir, 'offices.json'), data => {
        const office = data.offices.find(o => o.id === 'via-schaerbeek');
        for (const hours of [office.hours, ...office.services.map(s => s.hours)]) {
            for (const range of hours.tue ?? []) {
                if (range.from === '17:00' && range.to === '20:00')
                    range.to = '19:00';
            }
        }
    });
    return {
        expires,
        first: buildPack('first', first, expires),
        second: buildPack('second', `${first}.1`, expires, shorterTuesday),
    };
}

async function postArchive(route, file) {
    const response = await fetch(url + route, {
        method: 'POST',
        headers: { Authorization: `Bearer ${staffToken}`, 'Content-Type': 'application/gzip' },
        body: fs.readFileSync(file),
        signal: AbortSignal.timeout(60000),
    });
    const text = await response.text();
    let json = null;
    try {
        json = JSON.parse(text);
    } catch {
        // left null
    }
    return { status: response.status, json, text };
}

/**
 * The Content page: the second pack is previewed against the first (published through the
 * API), in French and in Dutch, then published; a file that is no pack shows the server's
 * refusal, and the published pack again is said to be published already.
 */
async function publishThroughTheConsole(page, packs) {
    const { first, second, expires } = packs;
    // By keyboard: the page's link, then focus on its heading.
    await page.focus('#nav-content');
    await page.keyboard.press('Enter');
    await see(page.locator('#content-page'), 'the Content page after following its link');
    check(await page.isHidden('#day-page'), 'the day page still shows on the Content page');
    check(await page.getAttribute('#nav-content', 'aria-current') === 'page', 'the Content link is not marked as the current page');
    await page.waitForFunction(() => document.activeElement?.id === 'content-heading', null, { timeout: 5000 })
        .catch(() => { throw new Error('the focus did not move to the Content page\'s heading'); });
    // The file input is the control, named by its label, though our button hides it.
    check(await page.getByLabel('Archive signée (.tar.gz)', { exact: true }).getAttribute('id') === 'pack-file',
        'the file input is not named "Archive signée (.tar.gz)"');
    await page.keyboard.press('Tab');
    check(await page.evaluate(() => document.activeElement?.id) === 'pack-file', 'Tab from the heading does not reach the file input');
    await see(page.locator('#content-current').filter({ hasText: first.version }), `the published version ${first.version} on the Content page`);

    // Something that is not a pack: the server's refusal, its own words marked as English.
    await page.setInputFiles('#pack-file', { name: 'notes.tar.gz', mimeType: 'application/gzip', buffer: Buffer.from('not a pack') });
    const refusal = page.locator('#content-message.error');
    await see(refusal, 'the refusal of a file that is not a pack');
    check((await refusal.textContent()).startsWith('Ce fichier n’est pas une archive de contenu'), `the refusal is not in French: ${await refusal.textContent()}`);
    check(await refusal.locator('span[lang="en"]').count() === 1, 'the server\'s message is not marked lang="en"');
    check(await page.isHidden('#preview'), 'a refused file shows a preview');

    // The second pack: what would change, in French, as the server says it.
    const expected = await postArchive('/api/v1/packs/preview?lang=fr', second.path);
    check(expected.status === 200, `POST /api/v1/packs/preview: ${expected.status} ${expected.text}`);
    const expectedLines = expected.json.changes.map(c => c.text);
    for (const line of ['VIA Schaerbeek : mardi 17:00-20:00 supprimé', 'VIA Schaerbeek : mardi 17:00-19:00 ajouté'])
        check(expectedLines.includes(line), `the server's preview lacks "${line}": ${JSON.stringify(expectedLines)}`);
    await page.setInputFiles('#pack-file', second.path);
    await see(page.locator('#preview-heading').filter({ hasText: second.version }), `the preview of ${second.version}`);
    check(await page.isHidden('#content-message'), 'a message stays after a good preview');
    const shown = await page.locator('#changes li').allTextContents();
    check(JSON.stringify(shown) === JSON.stringify(expectedLines),
        `the preview lists ${JSON.stringify(shown)}, expected ${JSON.stringify(expectedLines)}`);
    check(await page.getAttribute('#changes', 'lang') === 'fr', 'the list of changes is not marked lang="fr"');
    check((await page.textContent('#preview-against')).includes(first.version), `the preview is not against ${first.version}`);
    const [year, month, dayOfMonth] = expires.split('-').map(Number);
    const expiry = await page.textContent('#preview-expires');
    check(expiry.includes(`${dayOfMonth} ${FRENCH_MONTHS[month - 1]} ${year}`), `the expiry shows '${expiry}', expected ${expires}`);
    const languages = await page.textContent('#preview-languages');
    check(languages.includes('(fr)') && languages.includes('(ti)'), `the preview's languages are '${languages}'`);
    await page.screenshot({ path: path.join(shots, 'console-content-fr.png'), fullPage: true });

    // In Dutch, the server words the changes again.
    await page.click('#lang');
    await see(page.locator('#changes li').filter({ hasText: 'VIA Schaerbeek: dinsdag 17:00-19:00 toegevoegd' }),
        'the Dutch line "VIA Schaerbeek: dinsdag 17:00-19:00 toegevoegd"');
    check(await page.getAttribute('#changes', 'lang') === 'nl', 'the Dutch changes are not marked lang="nl"');
    await page.screenshot({ path: path.join(shots, 'console-content-nl.png'), fullPage: true });
    await page.click('#lang');
    await see(page.locator('#changes li').filter({ hasText: 'VIA Schaerbeek : mardi 17:00-19:00 ajouté' }), 'the French changes again');

    // Publish: the server's latest is the second pack now.
    await page.click('#publish');
    await see(page.locator('#content-message.ok').filter({ hasText: `Version ${second.version} publiée` }), `"Version ${second.version} publiée"`);
    check(await page.isHidden('#preview'), 'the preview still shows after publishing');
    const latest = await api(staffToken, 'GET', '/api/v1/packs/latest');
    check(latest.status === 200 && latest.json.version === second.version,
        `GET /api/v1/packs/latest: expected ${second.version}, got ${latest.status} ${latest.text}`);
    await see(page.locator('#content-current').filter({ hasText: second.version }), `the published version ${second.version} on the Content page`);

    // The published pack again: nothing to publish.
    await page.setInputFiles('#pack-file', second.path);
    await see(page.locator('#preview-summary').filter({ hasText: 'déjà publiée' }), 'the preview of a pack published already');
    check(await page.isHidden('#publish'), 'a pack published already can be published again');
    await page.setInputFiles('#pack-file', []);
    await page.waitForSelector('#preview', { state: 'hidden', timeout: 10000 })
        .catch(() => { throw new Error('the preview stays once the file is taken away'); });
}

/** The fleet: the pack each kiosk runs, whether it is the latest, and the last it refused. */
async function fleetShowsPacks(page, packs) {
    const reason = 'signed with a key that is not trusted here';
    const heartbeat = await api(kioskToken, 'POST', '/api/v1/kiosks/k1/heartbeat', {
        pack_version: packs.first.version, pack_refusal: { version: packs.second.version, reason },
        outbox_depth: 0, speech_ok: true, printer_ok: true, uptime_s: 60,
    });
    check(heartbeat.status === 200, `POST /api/v1/kiosks/k1/heartbeat: ${heartbeat.status} ${heartbeat.text}`);
    await page.click('#nav-day');
    await see(page.locator('#day-page'), 'the day page after clicking its link');
    const row = page.locator('#fleet tr[data-kiosk="k1"]');
    await see(row.locator('.refusal').filter({ hasText: packs.second.version }), "k1's refusal in #fleet, without reloading", 20000);
    check((await row.locator('.pack .value').textContent()) === packs.first.version, `k1 shows pack '${await row.locator('.pack .value').textContent()}'`);
    const latestText = await row.locator('.latest').textContent();
    check(latestText.includes('non') && latestText.includes(packs.second.version), `k1's latest column says '${latestText}'`);
    check((await row.locator('.refusal .reason').textContent()) === reason, 'the refusal does not show the kiosk\'s reason');
    check(await row.locator('.refusal .reason').getAttribute('lang') === 'en', 'the kiosk\'s reason is not marked lang="en"');
    await page.screenshot({ path: path.join(shots, 'console-fleet-packs-fr.png'), fullPage: true });

    // It installs the latest: the fleet says so, and the refusal is gone.
    const installed = await api(kioskToken, 'POST', '/api/v1/kiosks/k1/heartbeat', { pack_version: packs.second.version });
    check(installed.status === 200, `POST /api/v1/kiosks/k1/heartbeat: ${installed.status} ${installed.text}`);
    await see(row.locator('.latest').filter({ hasText: 'oui' }), 'k1 shown running the latest pack', 20000);
    check((await row.locator('.refusal .value').textContent()) === '—', 'k1 still shows a refusal');
}

async function main() {
    const packs = buildPacks();
    const published = await postArchive('/api/v1/packs', packs.first.path);
    check(published.status === 201, `POST /api/v1/packs (first pack): ${published.status} ${published.text}`);
    console.log(`console: published ${packs.first.version}; ${packs.second.version} is for the Content page`);

    const { office, booking, day, clock } = await bookAsKiosk();
    const code = booking.code;
    console.log(`console: booked ${code} at ${office.id} on ${day} ${clock}`);

    const browser = await launchChromium();
    let page;
    try {
        const opened = await openConsole(browser, origin, { width: 1280, height: 900 });
        page = opened.page;
        const { foreign, pageErrors } = opened;

        // The icon of the tab.
        const icon = await fetch(`${url}/console/favicon.svg`);
        check(icon.status === 200 && icon.headers.get('content-type') === 'image/svg+xml', `GET /console/favicon.svg: ${icon.status} ${icon.headers.get('content-type')}`);
        await page.goto(`${url}/`);
        await page.waitForSelector('#token', { state: 'visible' });
        check(await page.getAttribute('html', 'lang') === 'fr', 'the console does not start in French');
        check(await page.getAttribute('link[rel="icon"]', 'href') === '/console/favicon.svg', 'the page names no icon');
        await page.screenshot({ path: path.join(shots, 'console-signin-fr.png') });

        // Wrong tokens: a clear message, and no way in.
        await signIn(page, 'not-a-real-token');
        await see(page.locator('#signin-error'), '#signin-error after a wrong token');
        const wrongText = (await page.textContent('#signin-error')).trim();
        check(wrongText.length > 0, 'a wrong token shows an empty #signin-error');
        check(await page.isHidden('#console-view'), 'a wrong token opened the console');
        await signIn(page, kioskToken);
        await page.waitForFunction(
            previous => document.querySelector('#signin-error').textContent.trim() !== previous, wrongText);
        check(await page.isHidden('#console-view'), 'a kiosk token opened the staff console');
        await page.screenshot({ path: path.join(shots, 'console-signin-error-fr.png') });

        // Staff sign in; the token stays in this tab only.
        await signIn(page, staffToken);
        await see(page.locator('#console-view'), 'the console after signing in with the staff token');
        check(await page.isHidden('#signin-error'), '#signin-error still shows after a good sign-in');
        const stored = await page.evaluate(() => ({
            session: Object.values(sessionStorage), local: Object.values(localStorage),
        }));
        check(stored.session.includes(staffToken), 'the staff token is not kept in sessionStorage');
        check(!stored.local.includes(staffToken), 'the staff token leaked into localStorage');

        await page.waitForSelector(`#office option[value="${office.id}"]`, { state: 'attached' });
        await page.selectOption('#office', String(office.id));
        await page.fill('#date', day);
        const row = page.locator(`#bookings tbody tr[data-code="${code}"]`);
        await see(row, `the row of booking ${code} (office ${office.id}, ${day})`);
        check((await row.locator('.time .value').textContent()).trim() === clock,
            `row ${code} shows time '${await row.locator('.time .value').textContent()}', expected ${clock}`);
        check((await row.locator('.phone a').getAttribute('href')) === `tel:${PHONE}`, `row ${code} does not link to ${PHONE}`);
        check((await row.locator('.name .value').textContent()) === NAME, `row ${code} does not show the name as typed`);
        check(await row.locator('img').count() === 0, 'a name from the public became HTML');
        check(await row.locator('td.status .value').textContent() === 'Réservé', `row ${code} is not shown as booked`);

        // Mark attended; the row changes from the server's answer, and the server holds it.
        await row.locator('button.attended').click();
        await see(row.locator('td.status .value').filter({ hasText: /^Venu$/ }), `"Venu" in the status of ${code} after clicking its attended button`);
        const after = (await staffBookings(office.id, day)).find(b => b.code === code);
        check(after, `booking ${code} is missing from GET /api/v1/bookings?office=${office.id}&date=${day}`);
        check(after.status === 'attended', `booking ${code} is '${after.status}' on the server, expected 'attended'`);

        // An API refusal says, in the row, that nothing was saved, and leaves the page working.
        await page.route('**/api/v1/bookings/*', route => route.request().method() === 'PATCH'
            ? route.fulfill({
                status: 409, contentType: 'application/json',
                body: JSON.stringify({ error: 'invalid', message: 'Refus de test du serveur', field: 'status' }),
            })
            : route.fallback());
        await row.locator('button.booked').click();
        await see(row.locator('.note.error').filter({ hasText: 'Non enregistré (Le serveur a refusé la demande)' }), 'the refusal in the row');
        check(await row.locator('td.status .value').textContent() === 'Venu', 'a refused change altered the row');
        await page.unroute('**/api/v1/bookings/*');

        // Live, without reloading: an alert and a heartbeat from kiosk k1 appear by themselves.
        const alert = await api(kioskToken, 'POST', '/api/v1/alerts', { kiosk: 'k1', reason: 'conflict' });
        check(alert.status >= 200 && alert.status < 300, `POST /api/v1/alerts: ${alert.status} ${alert.text}`);
        const heartbeat = await api(kioskToken, 'POST', '/api/v1/kiosks/k1/heartbeat', {
            pack_version: 'console-test-1', outbox_depth: 2, last_sync: new Date().toISOString(),
            speech_ok: false, printer_ok: true, uptime_s: 42,
        });
        check(heartbeat.status >= 200 && heartbeat.status < 300,
            `POST /api/v1/kiosks/k1/heartbeat: ${heartbeat.status} ${heartbeat.text}`);
        await see(page.locator('#alerts li.conflict').filter({ hasText: 'k1' }).first(), 'the conflict alert of k1, without reloading', 20000);
        const fleetRow = page.locator('#fleet tr[data-kiosk="k1"]');
        await see(fleetRow.locator('.pack').filter({ hasText: 'console-test-1' }), "k1's heartbeat in #fleet, without reloading", 20000);
        check((await fleetRow.locator('.state').textContent()).includes('En ligne'), 'kiosk k1 is not shown online');
        check(await fleetRow.locator('.speech .value').textContent() === 'non', 'kiosk k1 speech is not shown as "non"');

        // iCalendar export of seven days, fetched with the staff token and saved from a Blob.
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ics')]);
        check(download.suggestedFilename().endsWith('.ics'), `the export is named ${download.suggestedFilename()}`);
        const ics = fs.readFileSync(await download.path(), 'utf8');
        check(ics.startsWith('BEGIN:VCALENDAR'), `the export is not iCalendar: ${ics.slice(0, 80)}`);
        check(ics.includes('BEGIN:VEVENT') && ics.includes(code), `the export of the week has no event for ${code}`);

        await page.screenshot({ path: path.join(shots, 'console-fr.png'), fullPage: true });

        // Dutch: every label changes, the data stay.
        await page.click('#lang');
        await see(page.locator('#day-heading').filter({ hasText: 'Afspraken van de dag' }), 'the Dutch heading "Afspraken van de dag"');
        check(await page.getAttribute('html', 'lang') === 'nl', 'html lang is not nl after switching');
        check(await row.locator('td.status .value').textContent() === 'Gekomen', `row ${code} status is not in Dutch`);
        await page.screenshot({ path: path.join(shots, 'console-nl.png'), fullPage: true });
        await page.click('#lang');
        await see(page.locator('#day-heading').filter({ hasText: 'Rendez-vous du jour' }), 'the French heading again');

        await publishThroughTheConsole(page, packs);
        await fleetShowsPacks(page, packs);

        // Sign out forgets the token.
        await page.click('#signout');
        await page.waitForSelector('#signin-view', { state: 'visible' });
        check(!(await page.evaluate(() => Object.values(sessionStorage))).includes(staffToken),
            'the staff token is still in sessionStorage after signing out');

        check(!(await page.evaluate(() => window.__guichetInjected)), 'text from the public ran as script');
        check(foreign.length === 0, `the console fetched from outside the server: ${foreign.join(', ')}`);
        check(pageErrors.length === 0, `the page threw: ${pageErrors.join(' | ')}`);
        await opened.context.close();
        page = null;

        // A working day at the desk, in French and in Dutch, on a desktop and on a phone.
        const env = {
            url, origin, kioskToken, otherKioskToken, shots,
            serverBinary: process.env.GUICHET_SERVER_BIN, db: process.env.GUICHET_DB,
        };
        check(env.serverBinary && env.db, 'GUICHET_SERVER_BIN and GUICHET_DB are not set (console.sh sets them)');
        for (const lang of ['fr', 'nl']) {
            for (const [width, height] of [[1280, 900], [390, 844]])
                await workingDay(browser, env, { lang, width, height });
        }
        // Nothing overflows on the narrowest phones either.
        await narrowPhone(browser, env, office.id, day);
    } catch (error) {
        if (page)
            await page.screenshot({ path: path.join(shots, 'console-failure.png'), fullPage: true }).catch(() => {});
        throw error;
    } finally {
        await browser.close();
    }
}

/** A day with a booking, at 360 px: it fits. */
async function narrowPhone(browser, env, officeId, day) {
    const { context, page } = await openConsole(browser, origin, { width: 360, height: 740 });
    try {
        await page.goto(`${url}/`);
        await page.waitForSelector('#token', { state: 'visible' });
        await noOverflow(page, 'sign-in at 360 px');
        await signIn(page, staffToken);
        await see(page.locator('#console-view'), 'the console at 360 px');
        await page.waitForSelector(`#office option[value="${officeId}"]`, { state: 'attached' });
        await page.selectOption('#office', officeId);
        await page.fill('#date', day);
        await see(page.locator('#bookings tbody tr').first(), `the bookings of ${day} at 360 px`);
        await page.waitForSelector('#fleet tbody tr', { state: 'attached' });
        await noOverflow(page, 'the day at 360 px');
        await page.screenshot({ path: path.join(env.shots, 'day-fr-360.png'), fullPage: true });
    } finally {
        await context.close();
    }
}

const watchdog = setTimeout(() => {
    console.error('FAIL: console test still running after 600 s');
    process.exit(1);
}, 600000);
try {
    await main();
    clearTimeout(watchdog);
    console.log('console: ok');
} catch (error) {
    clearTimeout(watchdog);
    console.error(`FAIL: ${error.message}`);
    process.exit(1);
}
