// SPDX-License-Identifier: GPL-3.0-or-later
// What the staff console's browser tests share: the API as a kiosk or a desk calls it, Brussels
// days and times built from the clock, and Chromium with a page that may fetch only from the
// server. Used by console.mjs and console-day.mjs.

import { createRequire } from 'node:module';

export const ZONE = 'Europe/Brussels';

// ES modules ignore NODE_PATH: resolve packages from ./node, where their lock file is.
export const requireFromNode = createRequire(new URL('./node/package.json', import.meta.url));

export function check(condition, message) {
    if (!condition)
        throw new Error(message);
}

/** The server's API, called as a kiosk or a member of staff would, over loopback. */
export function client(url) {
    async function api(token, method, route, body) {
        const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            if (body && body.id && method === 'POST' && route === '/api/v1/bookings')
                headers['Idempotency-Key'] = body.id;
        }
        const response = await fetch(url + route, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(30000),
        });
        const text = await response.text();
        let json = null;
        try {
            json = text ? JSON.parse(text) : null;
        } catch {
            // left null: the caller says what it expected
        }
        return { status: response.status, json, text };
    }

    async function staffBookings(token, officeId, day) {
        const query = new URLSearchParams({ office: officeId, date: day });
        const list = await api(token, 'GET', `/api/v1/bookings?${query}`);
        check(list.status === 200, `GET /api/v1/bookings?${query}: ${list.status} ${list.text}`);
        check(Array.isArray(list.json), `GET /api/v1/bookings: not a list: ${list.text}`);
        return list.json;
    }

    return { api, staffBookings };
}

export function brusselsDay(date) {
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    }).formatToParts(date);
    const part = type => parts.find(p => p.type === type).value;
    return `${part('year')}-${part('month')}-${part('day')}`;
}

export function brusselsClock(date) {
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date);
    const part = type => parts.find(p => p.type === type).value;
    return `${part('hour')}:${part('minute')}`;
}

export function addDays(day, count) {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + count);
    return date.toISOString().slice(0, 10);
}

export function isWeekday(day) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
}

/** Waits for a locator to show, failing with what a person would have missed. */
export async function see(locator, what, timeout = 30000) {
    try {
        await locator.waitFor({ timeout });
    } catch {
        throw new Error(`${what}: not shown within ${timeout / 1000} s`);
    }
}

export async function signIn(page, token) {
    await page.fill('#token', token);
    await page.click('#signin');
}

/** Debian's Chromium, headless; sound may play without a touch first (a desk's browser is set
 *  so: a call for staff must ring). */
export function launchChromium() {
    const { chromium } = requireFromNode('playwright-core');
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        timeout: 120000,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--autoplay-policy=no-user-gesture-required'],
    });
}

/**
 * A new browser context and page on the console: nothing may be fetched from anywhere but the
 * server (`foreign` lists what was refused), and page errors are kept in `pageErrors`.
 */
export async function openConsole(browser, origin, { width, height, locale = 'fr-BE' }) {
    const context = await browser.newContext({
        viewport: { width, height }, locale, timezoneId: ZONE, acceptDownloads: true,
    });
    const foreign = [];
    await context.route('**/*', route => {
        const target = route.request().url();
        if (target.startsWith(`${origin}/`) || target.startsWith('blob:') || target.startsWith('data:'))
            return route.continue();
        foreign.push(target);
        return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    const pageErrors = [];
    page.on('pageerror', error => pageErrors.push(error.message));
    // Said at once, so that a failure further on comes with its cause.
    page.on('requestfailed', request => {
        const failure = request.failure()?.errorText ?? '';
        if (!foreign.includes(request.url()) && !failure.includes('ERR_ABORTED') && !failure.includes('ERR_FAILED'))
            console.error(`console: request failed: ${request.method()} ${request.url()}: ${failure}`);
    });
    page.on('console', message => {
        const expected = message.text().startsWith('Failed to load resource');
        if ((message.type() === 'error' || message.type() === 'warning') && !expected)
            console.error(`console: page ${message.type()}: ${message.text()}`);
    });
    return { context, page, foreign, pageErrors };
}
