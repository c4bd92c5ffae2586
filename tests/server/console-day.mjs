// SPDX-License-Identifier: GPL-3.0-or-later
// A working day at the desk, in one language on one screen: seven bookings over two days, a
// call for staff and a conflict, two kiosks of which one never reported. Staff mark, undo and
// cancel bookings, meet the server's refusals, take alerts in hand and lose their token; every
// view passes axe-core, fits the screen and shows its keyboard focus. Started by console.mjs.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
    addDays, brusselsClock, brusselsDay, check, client, isWeekday, openConsole, see, signIn,
} from './console-support.mjs';
import { axeCheck, focusRingsContrast, noOverflow } from './console-checks.mjs';

const OFFICE = 'bapa-bxl';
const OTHER_OFFICE = 'via-molenbeek';
const SERVICES = ['first-welcome', 'social-assessment'];
const VISITORS = [
    ['Amina', '+32470123456', '+32 470 12 34 56'], ['Oleksandr', '+32486112233', '+32 486 11 22 33'],
    ['Fatima', '+3222794970', '+32 2 279 49 70'], ['Kidane', '+32471556677', '+32 471 55 66 77'],
    ['Mariam', '+32478000111', '+32 478 00 01 11'], ['Yusuf', '+32495123123', '+32 495 12 31 23'],
    ['Elena', '+33612345678', '+33 612 345 678'],
];

// What the console says, in each language (server/console/i18n.js).
const WORDS = {
    fr: {
        city: 'Bruxelles', saved: 'Enregistré ✓', slotFull: 'Non enregistré : la place a été prise',
        changed: 'Non enregistré : un autre poste', network: 'Non enregistré : le serveur ne répond pas',
        pickDate: 'Choisissez une date.', revoked: 'Ce jeton a été révoqué', noShows: 'pas venus : 1',
        attended: 'Venu', cancelled: 'Annulé', booked: 'Réservé', calls: '(1) Appel à l’aide', title: 'Guichet — console du personnel',
        never: 'jamais', elsewhere: 'Alertes ouvertes dans les autres bureaux',
    },
    nl: {
        city: 'Brussel', saved: 'Opgeslagen ✓', slotFull: 'Niet opgeslagen: de plaats werd',
        changed: 'Niet opgeslagen: een andere balie', network: 'Niet opgeslagen: de server antwoordt niet',
        pickDate: 'Kies een datum.', revoked: 'Dit token werd ingetrokken', noShows: 'niet gekomen: 1',
        attended: 'Gekomen', cancelled: 'Geannuleerd', booked: 'Geboekt', calls: '(1) Hulpvraag', title: 'Guichet — personeelsconsole',
        never: 'nooit', elsewhere: 'Open meldingen in de andere kantoren',
    },
};

const usedDays = new Set();

/** Two weekdays not used by another run, with free slots; seven bookings on them. */
async function seedDay(env) {
    const { api } = client(env.url);
    const days = [];
    const bookings = [];
    let day = addDays(brusselsDay(new Date()), 10);
    for (let tries = 0; tries < 90 && days.length < 2; ++tries, day = addDays(day, 1)) {
        if (!isWeekday(day) || usedDays.has(day))
            continue;
        const free = [];
        for (const service of SERVICES) {
            const query = new URLSearchParams({ office: OFFICE, service, from: day, to: day });
            const slots = await api(env.kioskToken, 'GET', `/api/v1/slots?${query}`);
            check(slots.status === 200, `GET /api/v1/slots?${query}: ${slots.status} ${slots.text}`);
            free.push(...slots.json.filter(s => s.available > 0));
        }
        const wanted = days.length === 0 ? 4 : 3;
        if (free.length < wanted)
            continue;
        usedDays.add(day);
        days.push(day);
        for (const slot of free.slice(0, wanted)) {
            const [name, phone, grouped] = VISITORS[bookings.length];
            const body = { id: randomUUID(), slot_id: slot.id, language: 'ar', phone, name, created_at: new Date().toISOString() };
            const made = await api(env.kioskToken, 'POST', '/api/v1/bookings', body);
            check(made.status === 201, `POST /api/v1/bookings: ${made.status} ${made.text}`);
            bookings.push({ ...made.json, day, clock: brusselsClock(new Date(slot.start)), grouped });
        }
    }
    check(days.length === 2, 'no two weekdays with free slots in 90 days');
    return { days, bookings };
}

function serverCli(env, ...args) {
    return execFileSync(env.serverBinary, [...args, '--db', env.db], { encoding: 'utf8', timeout: 30000 });
}

/** A staff token of this run's own (revoked at its end), and its number in `token list`. */
function newStaffToken(env) {
    const token = serverCli(env, 'token', 'add', '--role', 'staff').trim().split('\n').pop();
    const numbers = serverCli(env, 'token', 'list').split('\n').filter(line => line.split('\t')[1] === 'staff')
        .map(line => Number(line.split('\t')[0]));
    return { token, number: Math.max(...numbers) };
}

async function statusOnServer(env, staff, booking) {
    const list = await client(env.url).staffBookings(staff, OFFICE, booking.day);
    return list.find(b => b.id === booking.id)?.status;
}

async function waitForStatus(env, staff, booking, wanted) {
    for (let i = 0; i < 50; ++i) {
        if (await statusOnServer(env, staff, booking) === wanted)
            return;
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`booking ${booking.code} is not '${wanted}' on the server`);
}

/**
 * One working day in the console. env: url, origin, kioskToken (k1, at bapa-bxl), otherKioskToken
 * (k3, at via-molenbeek), serverBinary, db, shots. lang 'fr' or 'nl'; width × height the screen.
 */
export async function workingDay(browser, env, { lang, width, height }) {
    const words = WORDS[lang];
    const view = `${lang} ${width}×${height}`;
    const phone = width < 600;
    const { api } = client(env.url);
    const { days, bookings } = await seedDay(env);
    const [a, b, c, d, e] = bookings;
    const staff = newStaffToken(env);
    // The kiosks: k1 reports from BAPA BXL, k3 from Molenbeek; k2 has a token and never reported.
    for (const [token, id, office] of [[env.kioskToken, 'k1', OFFICE], [env.otherKioskToken, 'k3', OTHER_OFFICE]]) {
        const beat = await api(token, 'POST', `/api/v1/kiosks/${id}/heartbeat`, { office, pack_version: 'day-test', speech_ok: true, printer_ok: true });
        check(beat.status === 200, `heartbeat of ${id}: ${beat.status} ${beat.text}`);
    }

    const { context, page, foreign, pageErrors } = await openConsole(browser, env.origin, {
        width, height, locale: lang === 'nl' ? 'nl-BE' : 'fr-BE',
    });
    const shot = name => page.screenshot({ path: path.join(env.shots, `day-${lang}-${width}-${name}.png`), fullPage: true });
    try {
        await page.goto(`${env.url}/`);
        await page.waitForSelector('#token', { state: 'visible' });
        if (await page.getAttribute('html', 'lang') !== lang)
            await page.click('#lang');
        check(await page.getAttribute('html', 'lang') === lang, `${view}: the console is not in ${lang}`);
        check(await page.title() === words.title, `${view}: the tab is titled '${await page.title()}'`);
        await axeCheck(page, `${view} sign-in`);
        await noOverflow(page, `${view} sign-in`);

        // Signing in takes the focus to the day.
        await signIn(page, staff.token);
        await see(page.locator('#console-view'), `${view}: the console after signing in`);
        await page.waitForFunction(() => document.activeElement?.id === 'day-heading', null, { timeout: 10000 })
            .catch(() => { throw new Error(`${view}: the focus did not go to the day after signing in`); });

        // The office in the console's language: Brussel in Dutch.
        await page.waitForSelector(`#office option[value="${OFFICE}"]`, { state: 'attached' });
        const officeLabel = await page.textContent(`#office option[value="${OFFICE}"]`);
        check(officeLabel.includes(words.city) && (lang !== 'nl' || !officeLabel.includes('Bruxelles')),
            `${view}: the office is listed as '${officeLabel}'`);
        await page.selectOption('#office', OFFICE);
        await page.fill('#date', days[0]);
        const row = booking => page.locator(`#bookings tbody tr[data-id="${booking.id}"]`);
        await see(row(d), `${view}: the day's four bookings`);
        check(await page.locator('#bookings tbody tr').count() === 4, `${view}: ${await page.locator('#bookings tbody tr').count()} rows on ${days[0]}`);
        check((await row(a).locator('.time .value').textContent()) === a.clock, `${view}: ${a.code} is not at ${a.clock}`);

        // Phone numbers in groups, ready to dial.
        const dial = row(a).locator('.phone a');
        check((await dial.textContent()) === a.grouped, `${view}: the phone shows '${await dial.textContent()}', expected '${a.grouped}'`);
        check((await dial.getAttribute('href')) === `tel:${a.phone}`, `${view}: the phone link is ${await dial.getAttribute('href')}`);

        // The layout: nothing past the edge; on a phone each booking is a card with wide buttons.
        await noOverflow(page, `${view} day`);
        if (phone) {
            const card = await row(a).boundingBox();
            const button = await row(a).locator('button.attended').boundingBox();
            check(card.width <= width && button.width >= card.width * 0.8,
                `${view}: a booking is ${card.width} px wide with a ${button.width} px button`);
            check(await row(a).locator('.cell-label').first().isVisible(), `${view}: a card does not name its fields`);
            check((await page.evaluate(() => document.querySelector('#bookings thead').getBoundingClientRect().height)) <= 1,
                `${view}: the table's header row shows above the cards`);
        }
        await axeCheck(page, `${view} day`);
        await focusRingsContrast(page, `${view} day`);
        await shot('bookings');

        // Attended by keyboard: saved in the row, the focus stays there, and it can be undone.
        await row(a).locator('button.attended').focus();
        await page.keyboard.press('Enter');
        await see(row(a).locator('.note').filter({ hasText: words.saved }), `${view}: "${words.saved}" in ${a.code}'s row`);
        await waitForStatus(env, staff.token, a, 'attended');
        check(await row(a).locator('.status .value').textContent() === words.attended, `${view}: ${a.code} is not shown attended`);
        check(await page.evaluate(id => document.activeElement?.closest('tr')?.dataset.id === id, a.id),
            `${view}: the focus left ${a.code}'s row after marking it`);
        check(await row(a).locator('button.booked').isVisible() && await row(a).locator('button.attended').isHidden(),
            `${view}: an attended booking does not offer "back to booked" alone`);
        await page.keyboard.press('Enter'); // the focus is on "back to booked"
        await see(row(a).locator('.status .value').filter({ hasText: words.booked }), `${view}: ${a.code} back to booked`);
        await waitForStatus(env, staff.token, a, 'booked');

        // A no-show counts in the day's summary.
        await row(b).locator('button.no_show').click();
        await see(page.locator('#summary').filter({ hasText: words.noShows }), `${view}: the no-show in the summary`);

        // Cancel asks first, naming code and time; "no" changes nothing.
        await row(c).locator('button.cancelled').click();
        const dialog = page.locator('#confirm');
        await see(dialog, `${view}: the question before cancelling`);
        const question = await page.textContent('#confirm-text');
        check(question.includes(c.code) && question.includes(c.clock), `${view}: the question is '${question}'`);
        check(await page.evaluate(() => document.activeElement?.id) === 'confirm-no', `${view}: the safe answer is not the focused one`);
        await axeCheck(page, `${view} cancel question`);
        await noOverflow(page, `${view} cancel question`);
        await shot('cancel');
        await page.click('#confirm-no');
        await page.waitForSelector('#confirm', { state: 'hidden' });
        check(await statusOnServer(env, staff.token, c) === 'booked', `${view}: "no" cancelled ${c.code}`);
        await row(c).locator('button.cancelled').click();
        await page.click('#confirm-yes');
        await see(row(c).locator('.status .value').filter({ hasText: words.cancelled }), `${view}: ${c.code} cancelled`);
        await waitForStatus(env, staff.token, c, 'cancelled');

        // The freed seat is booked at a kiosk: undoing the cancellation is refused, in words of the
        // console's language, and the row still offers what a cancelled booking can do.
        const taken = await api(env.kioskToken, 'POST', '/api/v1/bookings', {
            id: randomUUID(), slot_id: c.slot_id, language: 'uk', phone: '+32470999888', created_at: new Date().toISOString(),
        });
        check(taken.status === 201, `booking ${c.code}'s freed seat: ${taken.status} ${taken.text}`);
        await row(c).locator('button.booked').click();
        await see(row(c).locator('.note.error').filter({ hasText: words.slotFull }), `${view}: the refusal "${words.slotFull}…"`);
        check(!(await row(c).locator('.note').textContent()).includes('seat was taken'), `${view}: the refusal is in English`);
        check(await row(c).locator('.status .value').textContent() === words.cancelled && await row(c).locator('button.booked').isVisible(),
            `${view}: after the refusal ${c.code}'s row does not show it cancelled`);

        // Two desks: another desk marks D attended while this one still shows it booked.
        const stale = await client(env.url).staffBookings(staff.token, OFFICE, days[0]);
        let serveStale = true;
        const theDay = target => target.pathname === '/api/v1/bookings';
        const staleDay = route => serveStale
            ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stale) })
            : route.fallback();
        await page.route(theDay, staleDay);
        const otherDesk = await api(staff.token, 'PATCH', `/api/v1/bookings/${d.id}`, { status: 'attended', from: 'booked' });
        check(otherDesk.status === 200, `the other desk's change: ${otherDesk.status} ${otherDesk.text}`);
        page.once('request', request => { if (request.method() === 'PATCH') serveStale = false; });
        await row(d).locator('button.no_show').click();
        await see(row(d).locator('.note.error').filter({ hasText: words.changed }), `${view}: "${words.changed}…" for ${d.code}`);
        await see(row(d).locator('.status .value').filter({ hasText: words.attended }), `${view}: the other desk's "attended" on ${d.code}`);
        check(await statusOnServer(env, staff.token, d) === 'attended', `${view}: the second desk undid the first's change`);
        await page.unroute(theDay, staleDay);

        // A save that fails says so, and that it was not saved.
        const aBooking = target => target.pathname.startsWith('/api/v1/bookings/');
        const refused = route => route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.fallback();
        await page.route(aBooking, refused);
        await row(a).locator('button.attended').click();
        await see(row(a).locator('.note.error').filter({ hasText: words.network }), `${view}: "${words.network}…"`);
        await page.unroute(aBooking, refused);
        check(await statusOnServer(env, staff.token, a) === 'booked', `${view}: a failed save changed ${a.code}`);

        // A banner about the server goes once the server answers again.
        const theAlerts = target => target.pathname === '/api/v1/alerts';
        const badGateway = route => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>502 Bad Gateway</h1>' });
        await page.route(theAlerts, badGateway);
        await see(page.locator('#status.error'), `${view}: the banner while the server answers 502`, 15000);
        await page.unroute(theAlerts, badGateway);
        await page.waitForSelector('#status', { state: 'hidden', timeout: 15000 })
            .catch(() => { throw new Error(`${view}: the banner stays after the server answers again`); });

        // Alerts: this office's, naming it; the call rings and titles the tab until taken in hand.
        await page.evaluate(() => {
            window.guichetTestPlays = 0;
            document.getElementById('call-sound').addEventListener('play', () => { window.guichetTestPlays += 1; });
        });
        const call = await api(env.kioskToken, 'POST', '/api/v1/alerts', { kiosk: 'k1', reason: 'call_staff' });
        const conflict = await api(env.kioskToken, 'POST', '/api/v1/alerts', {
            kiosk: 'k1', reason: 'conflict', booking: e.id, code: e.code, slot_id: e.slot_id, phone: e.phone,
        });
        const elsewhere = await api(env.otherKioskToken, 'POST', '/api/v1/alerts', { kiosk: 'k3', reason: 'call_staff' });
        check([call, conflict, elsewhere].every(r => r.status === 201), `raising alerts: ${call.text} ${conflict.text} ${elsewhere.text}`);
        const callItem = page.locator(`#alerts li[data-id="${call.json.id}"]`);
        await see(callItem, `${view}: the call for staff`, 15000);
        check((await callItem.locator('.kiosk').textContent()).includes(words.city), `${view}: the call does not name its office: ${await callItem.locator('.kiosk').textContent()}`);
        check((await page.locator(`#alerts li[data-id="${conflict.json.id}"] .details`).textContent()).includes(e.grouped),
            `${view}: the conflict does not give ${e.grouped} to call back`);
        check(await page.locator(`#alerts li[data-id="${elsewhere.json.id}"]`).count() === 0, `${view}: another office's alert is listed here`);
        await see(page.locator('#alerts-elsewhere').filter({ hasText: words.elsewhere }), `${view}: the count of other offices' alerts`);
        await page.waitForFunction(calls => document.title.startsWith(calls), words.calls, { timeout: 10000 })
            .catch(async () => { throw new Error(`${view}: the tab is titled '${await page.title()}' during a call`); });
        await page.waitForFunction(() => window.guichetTestPlays > 0, null, { timeout: 10000 })
            .catch(() => { throw new Error(`${view}: no sound for a call for staff`); });
        await axeCheck(page, `${view} alerts`);
        await noOverflow(page, `${view} alerts`);
        await shot('alerts');
        await callItem.locator('button.take').click();
        await page.waitForSelector(`#alerts li[data-id="${call.json.id}"]`, { state: 'detached', timeout: 10000 });
        const open = await api(staff.token, 'GET', '/api/v1/alerts?open=true');
        check(!open.json.some(alert => alert.id === call.json.id), `${view}: the call is still open on the server`);
        await page.waitForFunction(title => document.title === title, words.title, { timeout: 10000 })
            .catch(async () => { throw new Error(`${view}: the tab is still titled '${await page.title()}'`); });
        // The other office's alert, there, taken in hand too.
        await page.selectOption('#office', OTHER_OFFICE);
        const otherItem = page.locator(`#alerts li[data-id="${elsewhere.json.id}"]`);
        await see(otherItem, `${view}: Molenbeek's call on Molenbeek's page`);
        await otherItem.locator('button.take').click();
        await page.waitForSelector(`#alerts li[data-id="${elsewhere.json.id}"]`, { state: 'detached', timeout: 10000 });
        await page.selectOption('#office', OFFICE);

        // The fleet: each kiosk's office; the one that never reported says so.
        const k1 = page.locator('#fleet tr[data-kiosk="k1"]');
        await see(k1.locator('.office .value').filter({ hasText: words.city }), `${view}: k1's office in the fleet`);
        check((await page.locator('#fleet tr[data-kiosk="k2"] .heartbeat .value').textContent()) === words.never, `${view}: k2 is not shown never heard from`);

        // The second day, then no day at all: no title and no rows left from before.
        await page.fill('#date', days[1]);
        await see(page.locator('#bookings tbody tr').first(), `${view}: the second day's bookings`);
        check(await page.locator('#bookings tbody tr').count() === 3, `${view}: ${await page.locator('#bookings tbody tr').count()} rows on ${days[1]}`);
        await page.fill('#date', '');
        await see(page.locator('#bookings-empty').filter({ hasText: words.pickDate }), `${view}: "${words.pickDate}" once the date is cleared`);
        check(await page.textContent('#bookings-caption') === '' && await page.locator('#bookings tbody tr').count() === 0,
            `${view}: a cleared date still shows a day`);

        // The Content page, as a view of its own.
        await page.click('#nav-content');
        await see(page.locator('#content-page'), `${view}: the Content page`);
        await axeCheck(page, `${view} content`);
        await noOverflow(page, `${view} content`);
        await page.click('#nav-day');

        // The token is revoked: the console says so, not that the session ended.
        serverCli(env, 'token', 'revoke', String(staff.number));
        await see(page.locator('#signin-error').filter({ hasText: words.revoked }), `${view}: "${words.revoked}…" after the token is revoked`, 20000);
        await axeCheck(page, `${view} revoked`);

        check(foreign.length === 0, `${view}: the console fetched from outside the server: ${foreign.join(', ')}`);
        check(pageErrors.length === 0, `${view}: the page threw: ${pageErrors.join(' | ')}`);
        console.log(`console: a working day in ${view}: ok`);
    } catch (error) {
        await shot('failure').catch(() => {});
        throw error;
    } finally {
        await context.close();
    }
}
