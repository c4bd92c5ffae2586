// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console: sign in with a staff token, see and mark the day's bookings of an office,
// follow kiosk alerts and the kiosk fleet live, export a week as iCalendar; on the Content page,
// preview a signed content pack against the published one and publish it.
// Every value that comes from the API reaches the page through textContent or an attribute,
// never as HTML: names and phone numbers are typed by the public.

import {
    LANGUAGES, setLanguage, language, t, translatePage, serviceName, languageName, clockTime,
    longDate, relativeAge, number, longMoment, relativeDays, languageList, consoleNow, cityName,
} from '/console/i18n.js';
import { phoneGroups } from '/console/phone.js';

const TOKEN_KEY = 'guichet.staffToken'; // sessionStorage only: gone when the tab closes
const LANGUAGE_KEY = 'guichet.consoleLanguage';
const OFFICE_KEY = 'guichet.consoleOffice';
const POLL_MS = 5000;
const OFFLINE_AFTER_S = 180;
const NEW_ALERT_MS = 120000; // an alert that came in while the page was open stands out this long
const DEFAULT_TIME_ZONE = 'Europe/Brussels';
const STATUSES = ['booked', 'attended', 'no_show', 'cancelled'];
// What staff can do to a booking in each status: mark it, or undo a mark ("back to booked").
const ACTIONS = ['attended', 'no_show', 'cancelled', 'booked'];
const ACTIONS_WHEN_BOOKED = ['attended', 'no_show', 'cancelled'];
const NOTE_MS = 15000; // "Saved ✓" stays in the row this long
const CALL_REPEAT_MS = 30000; // a call for staff rings again this often until taken in hand
// docs/PROTOCOL.md's error codes, and the server's 503 `unavailable`; 401 signs out instead.
const ERROR_CODES = ['invalid', 'forbidden', 'not_found', 'too_many_requests', 'unavailable', 'too_large',
    'expired', 'stale_version', 'version_exists', 'slot_full', 'status_changed'];
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024; // the server's limit for a pack archive
const PAGES = ['day', 'content'];

const $ = id => document.getElementById(id);

const state = {
    token: null,
    offices: [],
    bookings: [],
    bookingsKey: '', // "office|date" the bookings shown belong to
    bookingsLoaded: false,
    alerts: [],
    kiosks: [],
    changes: 0, // bumped around every PATCH so that an older poll answer is not applied
    polling: false,
    timer: null,
    seenAlertIds: null,
    updatedAt: null,
    latestPack: undefined, // the latest published version; null before the first, undefined unknown
    notes: new Map(), // booking id → {text, kind, until}: what the last action on the row did
    statusTopic: '', // what the banner is about ('poll', 'day'): cleared when that no longer holds
    lastChime: 0, // when a call for staff last rang
};

// The Content page: the archive chosen, its preview, and whether it is being published.
const content = {
    bytes: null,
    preview: null,
    previewLanguage: '',
    sequence: 0, // bumped for each preview asked, so that an older answer is not shown
    publishing: false,
};

/** An API failure, with the server's human message when it sent one. */
class ApiError extends Error {
    constructor(status, payload) {
        const code = payload && typeof payload.error === 'string' ? payload.error : '';
        const said = payload && typeof payload.message === 'string' ? payload.message : '';
        const known = ERROR_CODES.includes(code) ? t(`error.${code}`) : '';
        // The server's own words (English) stay, after a sentence in the console's language.
        const message = known && said ? `${known} (${said})`
            : said || known || (status === 0 ? t('error.network') : t('error.http', { status }));
        super(message);
        this.status = status;
        this.code = code;
        this.known = known; // in the console's language
        this.said = said; // the server's words, in English
        this.field = payload && typeof payload.field === 'string' ? payload.field : '';
    }
}

/** One API call: body is sent as JSON, bytes (an ArrayBuffer) as they are, with contentType. */
async function api(path, { method = 'GET', body, bytes, contentType, accept = 'application/json', raw = false } = {}) {
    const headers = { Authorization: `Bearer ${state.token}`, Accept: accept };
    if (body !== undefined)
        headers['Content-Type'] = 'application/json';
    if (bytes !== undefined)
        headers['Content-Type'] = contentType ?? 'application/octet-stream';
    const request = () => fetch(path, {
        method, headers, cache: 'no-store', credentials: 'omit',
        body: bytes !== undefined ? bytes : body === undefined ? undefined : JSON.stringify(body),
    });
    let response;
    try {
        response = await request();
    } catch {
        // A kept-alive connection the server closed just then fails at once: our requests
        // (GET, PATCH to a status, a preview, publishing the same archive) mean the same when
        // repeated, so try once more.
        await new Promise(resolve => setTimeout(resolve, 300));
        try {
            response = await request();
        } catch {
            throw new ApiError(0, null);
        }
    }
    if (!response.ok) {
        let payload = null;
        try {
            payload = await response.json();
        } catch {
            // Not JSON: the status alone says what went wrong.
        }
        throw new ApiError(response.status, payload);
    }
    if (raw)
        return response;
    if (response.status === 204)
        return null;
    try {
        return await response.json();
    } catch {
        throw new ApiError(response.status, null);
    }
}

// ---- small helpers ----

/** The banner under the title. A topic ('poll', 'day') lets clearStatus() take it away once
 *  it no longer holds: the server answers again, another day is shown. */
function setStatus(text, kind = 'info', topic = '') {
    const el = $('status');
    el.textContent = text;
    el.className = text ? kind : '';
    state.statusTopic = text ? topic : '';
}

function clearStatus(topic) {
    if (state.statusTopic === topic)
        setStatus('');
}

function setText(el, text) {
    const value = String(text ?? '');
    if (el.textContent !== value)
        el.textContent = value;
}

function isDay(value) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function todayIn(timeZone) {
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
    }).formatToParts(new Date(consoleNow()));
    const part = type => parts.find(p => p.type === type).value;
    return `${part('year')}-${part('month')}-${part('day')}`;
}

function addDays(day, count) {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + count);
    return date.toISOString().slice(0, 10);
}

function currentOffice() {
    return state.offices.find(o => String(o.id) === $('office').value) ?? null;
}

function timeZone() {
    const zone = currentOffice()?.time_zone;
    return typeof zone === 'string' && zone ? zone : DEFAULT_TIME_ZONE;
}

function dayKey() {
    return `${$('office').value}|${$('date').value}`;
}

function statusLabel(status) {
    return STATUSES.includes(status) ? t(`status.${status}`) : String(status ?? t('unknown'));
}

function guard(fn) {
    return async (...args) => {
        try {
            await fn(...args);
        } catch (err) {
            showError(err);
        }
    };
}

function showError(err, topic = '') {
    if (err instanceof ApiError && err.status === 401 && state.token) {
        signOut(t(err.code === 'revoked' ? 'signin.revoked' : 'signin.expired'));
        return;
    }
    setStatus(err instanceof Error ? err.message : String(err), 'error', topic);
}

// ---- sign in and out ----

function showSignin(message = '') {
    $('console-view').hidden = true;
    $('signin-view').hidden = false;
    $('signout').hidden = true;
    const error = $('signin-error');
    error.textContent = message;
    error.hidden = !message;
    $('token').focus();
}

async function onSignin(event) {
    event.preventDefault();
    const input = $('token');
    const token = input.value.trim();
    const error = $('signin-error');
    error.hidden = true;
    if (!token) {
        showSignin(t('signin.empty'));
        return;
    }
    $('signin').disabled = true;
    setStatus(t('signin.checking'));
    state.token = token;
    try {
        await api('/api/v1/kiosks'); // a staff route: a kiosk token is refused with 403
    } catch (err) {
        state.token = null;
        setStatus('');
        if (err.status === 401)
            showSignin(t(err.code === 'revoked' ? 'signin.revoked' : 'signin.wrong'));
        else if (err.status === 403)
            showSignin(t('signin.notStaff'));
        else
            showSignin(err.message);
        return;
    } finally {
        $('signin').disabled = false;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    input.value = '';
    setStatus('');
    await enterConsole(true);
}

function signOut(message = '') {
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    clearInterval(state.timer);
    state.timer = null;
    Object.assign(state, {
        offices: [], bookings: [], bookingsKey: '', bookingsLoaded: false, alerts: [],
        kiosks: [], seenAlertIds: null, updatedAt: null, latestPack: undefined,
        notes: new Map(), lastChime: 0,
    });
    announceCalls();
    forgetArchive();
    setContentMessage('');
    $('office').replaceChildren();
    $('bookings').tBodies[0].replaceChildren();
    $('alerts').replaceChildren();
    $('fleet').tBodies[0].replaceChildren();
    setStatus('');
    showSignin(message);
}

/** signedIn: just now, by hand (not a page reloaded with the tab's token): focus goes to the day. */
async function enterConsole(signedIn = false) {
    $('signin-view').hidden = true;
    $('console-view').hidden = false;
    $('signout').hidden = false;
    if (signedIn && location.hash === '#content')
        location.hash = '#day';
    showPage();
    if (signedIn)
        $('day-heading').focus();
    if (!isDay($('date').value))
        $('date').value = todayIn(DEFAULT_TIME_ZONE);
    renderBookings();
    clearInterval(state.timer);
    state.timer = setInterval(() => { poll(); }, POLL_MS); // also retries what fails below
    await loadOffices();
    await poll();
}

// ---- offices ----

async function loadOffices() {
    const list = await api('/api/v1/offices');
    if (!state.token)
        return;
    state.offices = Array.isArray(list) ? list.filter(o => o && o.id !== undefined) : [];
    renderOffices();
}

/** "BAPA BXL — Bruxelles", "BAPA BXL — Brussel": the city as the pack names it in this language. */
function officeLabel(office) {
    const city = cityName(office.address);
    return city ? `${office.name ?? office.id} — ${city}` : String(office.name ?? office.id);
}

function officeName(id) {
    const office = state.offices.find(o => String(o.id) === String(id));
    return office ? officeLabel(office) : String(id);
}

function renderOffices() {
    const select = $('office');
    const wanted = select.value || localStorage.getItem(OFFICE_KEY) || '';
    select.replaceChildren(...state.offices.map(office => {
        const option = document.createElement('option');
        option.value = String(office.id);
        option.textContent = officeLabel(office);
        return option;
    }));
    if (state.offices.some(o => String(o.id) === wanted))
        select.value = wanted;
}

// ---- live data ----

async function poll() {
    if (state.polling || !state.token)
        return;
    state.polling = true;
    try {
        if (!state.offices.length)
            await loadOffices();
        const results = await Promise.allSettled([loadBookings(), loadAlerts(), loadKiosks()]);
        const failure = results.find(r => r.status === 'rejected');
        if (failure) {
            showError(failure.reason, 'poll');
        } else {
            clearStatus('poll'); // the server answers again: the banner no longer holds
            state.updatedAt = new Date(consoleNow());
            renderUpdated();
        }
    } catch (err) {
        showError(err, 'poll');
    } finally {
        state.polling = false;
    }
}

/** force: even when a status was set meanwhile (after a refusal, to show the real state). */
async function loadBookings(force = false) {
    const office = $('office').value;
    const date = $('date').value;
    if (!office || !isDay(date))
        return;
    const key = dayKey();
    const changes = state.changes;
    const list = await api(`/api/v1/bookings?office=${encodeURIComponent(office)}&date=${encodeURIComponent(date)}`);
    if (key !== dayKey() || (!force && changes !== state.changes) || !state.token)
        return; // the day shown changed, or a status was set meanwhile: the next poll is fresher
    state.bookings = Array.isArray(list) ? list.filter(b => b && typeof b === 'object') : [];
    state.bookingsKey = key;
    state.bookingsLoaded = true;
    renderBookings();
}

async function loadAlerts() {
    const list = await api('/api/v1/alerts?open=true'); // those taken in hand are done
    if (!state.token)
        return;
    state.alerts = Array.isArray(list) ? list.filter(a => a && typeof a === 'object') : [];
    renderAlerts();
}

async function loadKiosks() {
    const [list] = await Promise.all([api('/api/v1/kiosks'), loadLatestPack()]);
    if (!state.token)
        return;
    state.kiosks = Array.isArray(list) ? list.filter(k => k && typeof k === 'object') : [];
    renderFleet();
}

/** The latest published version (null before the first): the fleet and the Content page say it. */
async function loadLatestPack() {
    let latest = null;
    try {
        latest = await api('/api/v1/packs/latest');
    } catch (err) {
        if (err.status !== 404) // 404: nothing published yet
            throw err;
    }
    if (!state.token)
        return;
    state.latestPack = latest && typeof latest.version === 'string' ? latest.version : null;
    renderLatestPack();
}

async function showDay() {
    clearStatus('day');
    state.bookings = [];
    state.bookingsLoaded = false;
    state.bookingsKey = '';
    renderBookings();
    await loadBookings();
}

// ---- bookings table ----

/** A cell with its column's name before the value, shown on a phone, where each booking is a
 *  card; the table's own header names it for screen readers (the label is hidden from them). */
function labelledCell(tag, className, labelKey) {
    const cell = document.createElement(tag);
    cell.className = className;
    if (labelKey) {
        const label = document.createElement('span');
        label.className = 'cell-label';
        label.setAttribute('aria-hidden', 'true');
        label.dataset.i18n = labelKey;
        label.textContent = t(labelKey);
        cell.append(label);
    }
    const value = document.createElement('span');
    value.className = 'value';
    cell.append(value);
    return cell;
}

function createBookingRow() {
    const row = document.createElement('tr');
    const code = labelledCell('th', 'code', '');
    code.scope = 'row';
    row.append(code);
    for (const name of ['time', 'service', 'language', 'phone', 'name'])
        row.append(labelledCell('td', name, `col.${name}`));
    const status = labelledCell('td', 'status', 'col.status');
    const note = document.createElement('span');
    note.className = 'note';
    note.setAttribute('role', 'status'); // "Saved ✓" or why not, said where staff look
    status.append(note);
    row.append(status);
    const actions = document.createElement('td');
    actions.className = 'actions';
    const buttons = document.createElement('div');
    buttons.className = 'buttons';
    for (const action of ACTIONS) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = action;
        button.dataset.status = action;
        buttons.append(button);
    }
    actions.append(buttons);
    row.append(actions);
    return row;
}

/** The visible word first, then which booking: a name that starts as the button reads. */
function actionName(action, booking) {
    return t('action.named', {
        action: t(`action.${action}`), code: booking.code ?? '', time: clockTime(booking.start, timeZone()),
    });
}

function fillPhone(cell, phone) {
    const value = cell.querySelector('.value');
    if (!phone) {
        setText(value, t('unknown'));
        return;
    }
    // Grouped as it is dialled, and a tel: link for a phone or a softphone on the desk.
    let link = value.querySelector('a');
    if (!link) {
        link = document.createElement('a');
        value.replaceChildren(link);
    }
    link.href = `tel:${phone}`;
    setText(link, phoneGroups(phone));
}

function fillBookingRow(row, booking) {
    const status = STATUSES.includes(booking.status) ? booking.status : 'other';
    row.dataset.id = String(booking.id ?? '');
    row.dataset.code = String(booking.code ?? '');
    row.dataset.status = status;
    row.dataset.start = String(booking.start ?? '');
    const value = name => row.querySelector(`.${name} .value`);
    setText(value('code'), booking.code);
    setText(value('time'), clockTime(booking.start, timeZone()));
    setText(value('service'), serviceName(booking.service));
    setText(value('language'), languageName(booking.language));
    fillPhone(row.querySelector('.phone'), booking.phone);
    setText(value('name'), booking.name || t('unknown'));
    setText(value('status'), statusLabel(booking.status));
    const note = state.notes.get(row.dataset.id);
    const showNote = note && note.until > consoleNow();
    const noteEl = row.querySelector('.note');
    setText(noteEl, showNote ? note.text : '');
    noteEl.className = showNote ? `note ${note.kind}` : 'note';
    const busy = row.dataset.busy === '1';
    const offered = status === 'booked' ? ACTIONS_WHEN_BOOKED : ['booked'];
    for (const button of row.querySelectorAll('.actions button')) {
        const action = button.dataset.status;
        setText(button, t(`action.${action}`));
        button.setAttribute('aria-label', actionName(action, booking));
        button.hidden = !offered.includes(action);
        button.disabled = busy;
    }
}

function renderBookings() {
    const tbody = $('bookings').tBodies[0];
    const show = state.bookingsKey === dayKey() ? state.bookings : [];
    const sorted = [...show].sort((a, b) =>
        (Date.parse(a.start) || 0) - (Date.parse(b.start) || 0)
        || String(a.code ?? '').localeCompare(String(b.code ?? '')));
    const existing = new Map([...tbody.rows].map(row => [row.dataset.id, row]));
    sorted.forEach((booking, index) => {
        const id = String(booking.id ?? '');
        let row = existing.get(id);
        existing.delete(id);
        if (!row)
            row = createBookingRow();
        fillBookingRow(row, booking);
        if (tbody.rows[index] !== row) // move only what is out of place: a moved button loses focus
            tbody.insertBefore(row, tbody.rows[index] ?? null);
    });
    for (const row of existing.values())
        row.remove();

    const office = currentOffice();
    const date = $('date').value;
    const dayChosen = isDay(date);
    setText($('bookings-caption'), office && dayChosen
        ? t('day.caption', { date: longDate(date), office: office.name ?? office.id })
        : '');
    const loading = !state.bookingsLoaded || state.bookingsKey !== dayKey();
    const empty = $('bookings-empty');
    empty.hidden = sorted.length > 0;
    setText(empty, !dayChosen ? t('day.pickDate') : loading ? t('day.loading') : t('day.empty'));
    const count = status => number(sorted.filter(b => b.status === status).length);
    setText($('summary'), loading || !sorted.length ? '' : t('day.summary', {
        total: number(sorted.filter(b => b.status !== 'cancelled').length),
        attended: count('attended'),
        no_show: count('no_show'),
        booked: count('booked'),
    }));
}

/** Cancelling asks first, naming the booking: true when staff confirm. */
function confirmCancel(row) {
    const dialog = $('confirm');
    const details = { code: row.dataset.code, time: clockTime(row.dataset.start, timeZone()) };
    setText($('confirm-text'), t('confirm.text', details));
    setText($('confirm-yes'), t('confirm.yes'));
    return new Promise(resolve => {
        const done = answer => {
            $('confirm-yes').onclick = null;
            $('confirm-no').onclick = null;
            dialog.onclose = null;
            if (dialog.open)
                dialog.close();
            resolve(answer);
        };
        $('confirm-yes').onclick = () => done(true);
        $('confirm-no').onclick = () => done(false);
        dialog.onclose = () => done(false); // Escape
        dialog.showModal();
        $('confirm-no').focus(); // the safe answer is the one Enter gives
    });
}

/** Why the server refused a status change, in the console's language. */
function refusalText(err) {
    if (!(err instanceof ApiError) || err.status === 0)
        return t('save.network');
    if (err.code === 'slot_full')
        return t('save.slotFull');
    if (err.code === 'status_changed')
        return t('save.changedElsewhere');
    if (err.code === 'not_found')
        return t('save.gone');
    if (err.code === 'unavailable' || err.status >= 500)
        return t('save.unavailable');
    return t('save.failed', { reason: err.known || t('error.http', { status: err.status }) });
}

function focusRow(id) {
    const row = [...$('bookings').tBodies[0].rows].find(r => r.dataset.id === id);
    const button = row && [...row.querySelectorAll('.actions button')].find(b => !b.hidden && !b.disabled);
    button?.focus();
}

async function setBookingStatus(row, status) {
    const id = row.dataset.id;
    const from = row.dataset.status;
    if (status === 'cancelled' && !(await confirmCancel(row))) {
        focusRow(id);
        return;
    }
    const hadFocus = row.contains(document.activeElement) || document.activeElement === document.body;
    row.dataset.busy = '1';
    for (const button of row.querySelectorAll('.actions button'))
        button.disabled = true;
    state.changes += 1;
    let refused = null;
    try {
        const updated = await api(`/api/v1/bookings/${encodeURIComponent(id)}`, {
            method: 'PATCH', body: { status, from },
        });
        const booking = state.bookings.find(b => String(b.id) === id);
        if (booking && updated && typeof updated === 'object')
            Object.assign(booking, updated);
        state.notes.set(id, { text: t('save.done'), kind: 'ok', until: consoleNow() + NOTE_MS });
    } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
            showError(err);
            return;
        }
        refused = err;
        state.notes.set(id, { text: refusalText(err), kind: 'error', until: consoleNow() + NOTE_MS });
    } finally {
        state.changes += 1;
        delete row.dataset.busy;
        renderBookings();
    }
    if (refused) {
        // What the booking really is now (another desk's change, a seat taken): its buttons follow.
        try {
            await loadBookings(true);
        } catch {
            // the note says it was not saved; the next poll shows the real state
        }
    }
    if (hadFocus)
        focusRow(id); // the pressed button may be gone: the focus stays on the row
    setTimeout(renderBookings, NOTE_MS + 100);
}

// ---- alerts and fleet ----

/** Alerts about the office shown, and those whose office is not known (they may be anyone's). */
function alertsHere() {
    const office = $('office').value;
    return state.alerts.filter(a => !a.office || String(a.office) === office);
}

function createAlertItem(alert, zone) {
    const item = document.createElement('li');
    const reason = String(alert.reason ?? '');
    item.className = reason === 'conflict' ? 'alert conflict' : reason === 'call_staff' ? 'alert call' : 'alert';
    item.dataset.reason = reason;
    item.dataset.id = String(alert.id);
    const what = document.createElement('strong');
    what.className = 'what';
    what.textContent = reason === 'conflict' ? `⚠ ${t('alert.conflict')}`
        : reason === 'call_staff' ? t('alert.call_staff')
        : t('alert.other', { reason });
    const kiosk = document.createElement('span');
    kiosk.className = 'kiosk';
    kiosk.textContent = alert.office
        ? t('alert.kioskAt', { kiosk: alert.kiosk ?? t('unknown'), office: officeName(alert.office) })
        : t('alert.kiosk', { kiosk: alert.kiosk ?? t('unknown') });
    item.append(what, kiosk);
    // A conflict: the booking the visitor left with, and the number to call them back.
    if (alert.code || alert.phone) {
        const details = document.createElement('span');
        details.className = 'details';
        details.textContent = t('alert.details', { code: alert.code ?? '—', phone: alert.phone ? phoneGroups(alert.phone) : '—' });
        item.append(details);
    }
    const when = document.createElement('span');
    when.className = 'when';
    const created = Date.parse(alert.created_at);
    when.textContent = Number.isNaN(created) ? ''
        : `${clockTime(alert.created_at, zone)} (${relativeAge((consoleNow() - created) / 1000)})`;
    const take = document.createElement('button');
    take.type = 'button';
    take.className = 'take secondary';
    take.textContent = t('alert.take');
    take.setAttribute('aria-label', t('alert.takeNamed', { take: t('alert.take'), what: what.textContent.replace(/^⚠ /, ''), kiosk: alert.kiosk ?? '' }));
    item.append(when, take);
    return item;
}

function renderAlerts() {
    const list = $('alerts');
    const zone = timeZone();
    const firstLoad = state.seenAlertIds === null;
    const seen = state.seenAlertIds ?? new Map(); // alert id → when this page first saw it
    const now = consoleNow();
    const arrived = [];
    const here = alertsHere();
    const hadFocus = list.contains(document.activeElement) ? document.activeElement.closest('li')?.dataset.id : null;
    list.replaceChildren(...here.map(alert => {
        const item = createAlertItem(alert, zone);
        const id = String(alert.id);
        if (!seen.has(id)) {
            seen.set(id, firstLoad ? 0 : now);
            if (!firstLoad)
                arrived.push(`${item.querySelector('.what').textContent}, ${item.querySelector('.kiosk').textContent}`);
        }
        if (now - seen.get(id) < NEW_ALERT_MS)
            item.classList.add('new');
        return item;
    }));
    if (hadFocus) // redrawn every poll: the focus stays on the alert's button
        list.querySelector(`li[data-id="${CSS.escape(hadFocus)}"] button.take`)?.focus();
    state.seenAlertIds = seen;
    if (arrived.length) // the list itself is redrawn every poll: announce only what is new
        $('alerts-live').textContent = arrived.join('. ');
    $('alerts-empty').hidden = here.length > 0;
    const elsewhere = state.alerts.length - here.length;
    $('alerts-elsewhere').hidden = elsewhere === 0;
    setText($('alerts-elsewhere'), t('alerts.elsewhere', { count: number(elsewhere) }));
    announceCalls(here);
}

/** An open call for staff here: the tab's title says so and a chime rings, again every
 *  CALL_REPEAT_MS, until someone takes it in hand. */
function announceCalls(here = alertsHere()) {
    const calls = state.token ? here.filter(a => a.reason === 'call_staff').length : 0;
    document.title = calls ? t('title.calls', { count: number(calls), title: t('app.title') }) : t('app.title');
    if (!calls || consoleNow() - state.lastChime < CALL_REPEAT_MS)
        return;
    state.lastChime = consoleNow();
    const sound = $('call-sound');
    sound.currentTime = 0;
    // A browser may refuse to play before the page was touched: the title still says it.
    sound.play().catch(() => {});
}

async function takeAlert(item) {
    const id = item.dataset.id;
    const button = item.querySelector('button.take');
    button.disabled = true;
    try {
        const taken = await api(`/api/v1/alerts/${encodeURIComponent(id)}/taken`, { method: 'POST' });
        if (taken?.already_taken)
            setStatus(t('alert.alreadyTaken', { time: clockTime(taken.taken_at, timeZone()) }), 'info', 'day');
        state.alerts = state.alerts.filter(a => String(a.id) !== id);
        renderAlerts();
        $('alerts-heading').focus(); // the alert is gone: say where things stand
    } catch (err) {
        button.disabled = false;
        showError(err);
    }
}

function yesNo(value) {
    return value === true ? t('yes') : value === false ? t('no') : t('unknown');
}

/** Whether the kiosk runs the latest published pack, as the server says (pack_is_latest). */
function latestCell(kiosk) {
    const cell = labelledCell('td', 'latest', 'fleet.latest');
    const value = cell.querySelector('.value');
    if (kiosk.pack_is_latest === true) {
        value.textContent = `✔ ${t('fleet.isLatest')}`;
    } else if (kiosk.pack_is_latest === false) {
        value.textContent = `✖ ${t('fleet.notLatest', { version: state.latestPack ?? t('unknown') })}`;
        cell.classList.add('warn');
    } else {
        value.textContent = t('unknown');
    }
    return cell;
}

/** The last pack the kiosk refused: its version, and the kiosk's reason (English). */
function refusalCell(kiosk) {
    const cell = labelledCell('td', 'refusal', 'fleet.refusal');
    const value = cell.querySelector('.value');
    const refusal = kiosk.pack_refusal;
    if (!refusal || typeof refusal !== 'object') {
        value.textContent = t('unknown');
        return cell;
    }
    const version = document.createElement('strong');
    version.className = 'version';
    version.textContent = String(refusal.version ?? t('unknown'));
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.lang = 'en';
    reason.textContent = String(refusal.reason ?? '');
    value.append(version, t('colon'), reason);
    cell.classList.add('bad');
    return cell;
}

function renderFleet() {
    const tbody = $('fleet').tBodies[0];
    const sorted = [...state.kiosks].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    tbody.replaceChildren(...sorted.map(kiosk => {
        const row = document.createElement('tr');
        const age = kiosk.age_s === null || kiosk.age_s === undefined ? null : Number(kiosk.age_s);
        const offline = !kiosk.last_heartbeat || age === null || !Number.isFinite(age) || age > OFFLINE_AFTER_S;
        row.dataset.kiosk = String(kiosk.id ?? '');
        row.className = offline ? 'offline' : 'online';
        const id = labelledCell('th', 'kiosk', '');
        id.scope = 'row';
        id.querySelector('.value').textContent = String(kiosk.id ?? t('unknown'));
        const cells = [
            [kiosk.office ? officeName(kiosk.office) : t('unknown'), 'office', 'fleet.office'],
            [offline ? `✖ ${t('fleet.offline')}` : `✔ ${t('fleet.online')}`, 'state', 'fleet.state'],
            [kiosk.last_heartbeat ? relativeAge(age) : t('fleet.never'), 'heartbeat', 'fleet.heartbeat'],
            [kiosk.pack_version ?? t('unknown'), 'pack', 'fleet.pack'],
            [kiosk.outbox_depth === null || kiosk.outbox_depth === undefined ? t('unknown') : number(kiosk.outbox_depth), 'outbox', 'fleet.outbox'],
            [yesNo(kiosk.speech_ok), kiosk.speech_ok === false ? 'speech bad' : 'speech', 'fleet.speech'],
            [yesNo(kiosk.printer_ok), kiosk.printer_ok === false ? 'printer bad' : 'printer', 'fleet.printer'],
        ].map(([text, className, label]) => {
            const cell = labelledCell('td', className, label);
            cell.querySelector('.value').textContent = String(text);
            return cell;
        });
        if (kiosk.last_heartbeat)
            cells[2].title = String(kiosk.last_heartbeat);
        if (Number(kiosk.outbox_depth) > 0)
            cells[4].classList.add('warn');
        cells.splice(4, 0, latestCell(kiosk), refusalCell(kiosk));
        row.append(id, ...cells);
        return row;
    }));
    $('fleet-empty').hidden = sorted.length > 0;
}

function renderUpdated() {
    setText($('updated'), state.updatedAt
        ? t('updated', { time: clockTime(state.updatedAt.toISOString(), timeZone()) })
        : '');
}

// ---- iCalendar export ----

async function downloadIcs() {
    const office = $('office').value;
    const from = $('date').value;
    if (!office || !isDay(from))
        return;
    const to = addDays(from, 6);
    const response = await api(
        `/api/v1/bookings.ics?office=${encodeURIComponent(office)}&from=${from}&to=${to}`,
        { accept: 'text/calendar', raw: true });
    const data = await response.blob();
    const blob = data.type ? data : new Blob([data], { type: 'text/calendar' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `guichet-${office.replace(/[^A-Za-z0-9_-]/g, '_')}-${from}.ics`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    setStatus(t('ics.done', { from: longDate(from), to: longDate(to) }), 'ok', 'day');
}

// ---- pages ----

function currentPage() {
    const page = location.hash.replace(/^#/, '');
    return PAGES.includes(page) ? page : 'day';
}

/** Shows the page the address names (#day, #content): links, so the keyboard, the back button
 *  and a bookmark all work. */
function showPage() {
    const page = currentPage();
    $('day-page').hidden = page !== 'day';
    $('content-page').hidden = page !== 'content';
    for (const name of PAGES) {
        const link = $(`nav-${name}`);
        if (name === page)
            link.setAttribute('aria-current', 'page');
        else
            link.removeAttribute('aria-current');
    }
    if (page === 'content' && state.token)
        guard(loadLatestPack)();
}

// ---- content: preview and publish a signed pack ----

function setContentMessage(text, kind = 'info') {
    const el = $('content-message');
    el.textContent = text;
    el.className = text ? kind : '';
}

/** An API refusal in the console's language, then the server's own words marked as English. */
function showContentError(err) {
    if (!(err instanceof ApiError) || err.status === 401 || !err.said) {
        if (err instanceof ApiError && err.status === 401)
            showError(err);
        else
            setContentMessage(err instanceof Error ? err.message : String(err), 'error');
        return;
    }
    const fieldKey = `content.field.${err.field}`;
    const sentence = err.code === 'invalid' && t(fieldKey) !== fieldKey ? t(fieldKey)
        : err.known || t('content.refused');
    const said = document.createElement('span');
    said.lang = 'en';
    said.className = 'said';
    said.textContent = err.said;
    const el = $('content-message');
    el.replaceChildren(sentence, t('colon'), said);
    el.className = 'error';
}

function renderLatestPack() {
    setText($('content-current'), state.latestPack === undefined ? ''
        : state.latestPack === null ? t('content.none')
        : t('content.current', { version: state.latestPack }));
}

function renderFileName() {
    const file = $('pack-file').files[0];
    setText($('pack-file-name'), file ? file.name : t('content.noFile'));
}

function forgetArchive() {
    content.sequence += 1;
    content.bytes = null;
    content.preview = null;
    content.previewLanguage = '';
    $('pack-file').value = '';
    renderFileName();
    renderPreview();
}

async function onArchiveChosen() {
    const file = $('pack-file').files[0];
    renderFileName();
    content.sequence += 1;
    content.bytes = null;
    content.preview = null;
    renderPreview();
    setContentMessage('');
    if (!file)
        return;
    if (file.size > MAX_ARCHIVE_BYTES) {
        setContentMessage(t('content.tooLarge'), 'error');
        return;
    }
    const sequence = content.sequence;
    let bytes;
    try {
        bytes = await file.arrayBuffer();
    } catch {
        setContentMessage(t('content.unreadable'), 'error');
        return;
    }
    if (sequence !== content.sequence)
        return; // another file was chosen meanwhile
    content.bytes = bytes;
    await previewArchive();
}

/** Sends the archive to /packs/preview, in the console's language; nothing is stored. */
async function previewArchive() {
    if (!content.bytes)
        return;
    const sequence = ++content.sequence;
    const lang = language();
    setContentMessage(t('content.checking'));
    try {
        const preview = await api(`/api/v1/packs/preview?lang=${lang}`, {
            method: 'POST', bytes: content.bytes, contentType: 'application/gzip',
        });
        if (sequence !== content.sequence)
            return;
        content.preview = preview && typeof preview === 'object' ? preview : null;
        content.previewLanguage = lang;
        setContentMessage('');
    } catch (err) {
        if (sequence !== content.sequence)
            return;
        content.preview = null;
        showContentError(err);
    }
    renderPreview();
}

function renderChanges(preview) {
    const list = $('changes');
    const changes = Array.isArray(preview.changes) ? preview.changes.filter(c => c && typeof c === 'object') : [];
    list.lang = content.previewLanguage;
    list.replaceChildren(...changes.map(change => {
        const item = document.createElement('li');
        item.dataset.kind = String(change.kind ?? '');
        item.textContent = String(change.text ?? change.kind ?? '');
        return item;
    }));
    list.hidden = changes.length === 0;
    // No list (first pack, the same pack again, no change, or no comparison): the server's sentence.
    const summary = $('preview-summary');
    summary.lang = content.previewLanguage;
    summary.hidden = changes.length > 0;
    summary.replaceChildren(String(preview.summary ?? ''));
    if (typeof preview.compare_error === 'string' && preview.compare_error) {
        const said = document.createElement('span');
        said.lang = 'en';
        said.textContent = preview.compare_error;
        summary.append(' ', t('preview.compareError'), ' ', said);
    }
}

function renderPreview() {
    const preview = content.preview;
    $('preview').hidden = !preview;
    if (!preview)
        return;
    const version = String(preview.version ?? t('unknown'));
    setText($('preview-heading'), t('preview.heading', { version }));
    setText($('preview-version'), preview.id ? `${version} (${preview.id})` : version);
    setText($('preview-expires'), t('preview.expiresOn', {
        date: longMoment(preview.expires), relative: relativeDays(preview.expires),
    }));
    setText($('preview-languages'), languageList(preview.languages));
    setText($('preview-against'), preview.against
        ? t('preview.againstVersion', { version: preview.against }) : t('preview.againstNone'));
    renderChanges(preview);
    const publish = $('publish');
    setText(publish, t('preview.publish', { version }));
    publish.hidden = preview.already_published === true; // publishing it again would change nothing
    publish.disabled = content.publishing;
}

async function publishArchive() {
    if (!content.bytes || !content.preview || content.publishing)
        return;
    const version = String(content.preview.version ?? '');
    content.publishing = true;
    $('publish').disabled = true;
    setContentMessage(t('publish.publishing', { version }));
    try {
        const response = await api('/api/v1/packs', {
            method: 'POST', bytes: content.bytes, contentType: 'application/gzip', raw: true,
        });
        const published = await response.json().catch(() => ({}));
        forgetArchive();
        setContentMessage(t(response.status === 201 ? 'publish.done' : 'publish.again',
            { version: published.version ?? version }), 'ok');
        $('content-message').focus(); // the button is gone: say where things stand
        try {
            await loadKiosks(); // the latest version, and which kiosks run it
        } catch {
            // the next poll tries again; the message above stays
        }
    } catch (err) {
        showContentError(err);
    } finally {
        content.publishing = false;
        $('publish').disabled = false;
    }
}

// ---- language ----

function applyLanguage(code) {
    setLanguage(code);
    localStorage.setItem(LANGUAGE_KEY, language());
    translatePage();
    const other = language() === 'fr' ? 'nl' : 'fr';
    const button = $('lang');
    button.textContent = LANGUAGES[other].name;
    button.lang = other;
    button.setAttribute('aria-label', LANGUAGES[other].switchTo);
    button.dataset.target = other;
    setStatus(''); // a message stays in the language it was said in: drop it
    setContentMessage('');
    renderFileName();
    announceCalls(); // the tab's title, in this language
    if (state.token) {
        renderOffices();
        renderBookings();
        renderAlerts();
        renderFleet();
        renderUpdated();
        renderLatestPack();
        renderPreview();
        // The changes (or the refusal) are worded by the server: ask again in this language,
        // which also drops an answer still coming in the other one.
        if (content.bytes && !content.publishing)
            guard(previewArchive)();
    }
}

// ---- start ----

function start() {
    applyLanguage(localStorage.getItem(LANGUAGE_KEY) || 'fr');
    $('date').value = todayIn(DEFAULT_TIME_ZONE);

    $('signin-form').addEventListener('submit', guard(onSignin));
    $('signout').addEventListener('click', () => signOut());
    $('lang').addEventListener('click', () => applyLanguage($('lang').dataset.target));
    $('office').addEventListener('change', guard(async () => {
        localStorage.setItem(OFFICE_KEY, $('office').value);
        renderAlerts(); // the alerts follow the office
        await showDay();
    }));
    $('date').addEventListener('change', guard(async () => {
        if (isDay($('date').value))
            await showDay();
        else
            renderBookings(); // cleared: no day, so no title and no rows of the day before
    }));
    const moveDay = count => guard(async () => {
        const date = $('date');
        date.value = count === 0 ? todayIn(DEFAULT_TIME_ZONE)
            : addDays(isDay(date.value) ? date.value : todayIn(DEFAULT_TIME_ZONE), count);
        await showDay();
    });
    $('prev-day').addEventListener('click', moveDay(-1));
    $('today').addEventListener('click', moveDay(0));
    $('next-day').addEventListener('click', moveDay(1));
    $('ics').addEventListener('click', guard(downloadIcs));
    window.addEventListener('hashchange', () => {
        showPage();
        // Focus to the new page's first heading: a screen reader hears where it is now.
        $(currentPage() === 'content' ? 'content-heading' : 'alerts-heading').focus();
    });
    $('pack-file').addEventListener('change', guard(onArchiveChosen));
    $('publish').addEventListener('click', guard(publishArchive));
    $('bookings').tBodies[0].addEventListener('click', guard(async event => {
        const button = event.target.closest('button[data-status]');
        const row = button?.closest('tr');
        if (row && !button.disabled && row.dataset.busy !== '1')
            await setBookingStatus(row, button.dataset.status);
    }));
    $('alerts').addEventListener('click', guard(async event => {
        const button = event.target.closest('button.take');
        if (button && !button.disabled)
            await takeAlert(button.closest('li'));
    }));
    window.addEventListener('unhandledrejection', event => {
        event.preventDefault();
        showError(event.reason);
    });

    state.token = sessionStorage.getItem(TOKEN_KEY);
    if (state.token)
        guard(enterConsole)();
    else
        showSignin();
}

start();
