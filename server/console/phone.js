// SPDX-License-Identifier: GPL-3.0-or-later
// A phone number as staff dial it: "+32 470 12 34 56", not "+32470123456".

// Country codes of one and two digits (ITU-T E.164); every other code has three.
const ONE_DIGIT = ['1', '7'];
const TWO_DIGITS = ['20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48',
    '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86',
    '90', '91', '92', '93', '94', '95', '98'];
// Belgian areas with a one-digit code: Brussels, Antwerp, Liège, Ghent.
const BELGIAN_SHORT_AREAS = ['2', '3', '4', '9'];

/** Digits in groups of the given sizes, the rest in one group. */
function split(digits, sizes) {
    const groups = [];
    let at = 0;
    for (const size of sizes) {
        if (at >= digits.length)
            break;
        groups.push(digits.slice(at, at + size));
        at += size;
    }
    if (at < digits.length)
        groups.push(digits.slice(at));
    return groups;
}

/** Threes, the last group of two to four digits: "415 555 0123". */
function threes(digits) {
    const groups = [];
    let at = 0;
    while (digits.length - at > 4) {
        groups.push(digits.slice(at, at + 3));
        at += 3;
    }
    groups.push(digits.slice(at));
    return groups;
}

/** Belgium's own grouping: mobiles 4XX XX XX XX, Brussels 2 XXX XX XX, others ZZ XX XX XX. */
function belgian(national) {
    if (national.length === 9 && national.startsWith('4'))
        return split(national, [3, 2, 2, 2]);
    if (national.length === 8)
        return split(national, BELGIAN_SHORT_AREAS.includes(national[0]) ? [1, 3, 2, 2] : [2, 2, 2, 2]);
    return threes(national);
}

/**
 * An E.164 number ("+32470123456", as the server keeps them) in groups: the country code, then
 * Belgium's usual groups, or threes for other countries. Anything else is given back as it is.
 */
export function phoneGroups(e164) {
    const text = String(e164 ?? '');
    if (!/^\+[1-9]\d{6,14}$/.test(text))
        return text;
    const digits = text.slice(1);
    const length = ONE_DIGIT.includes(digits[0]) ? 1 : TWO_DIGITS.includes(digits.slice(0, 2)) ? 2 : 3;
    const country = digits.slice(0, length);
    const national = digits.slice(length);
    const groups = country === '32' ? belgian(national) : threes(national);
    return `+${country} ${groups.join(' ')}`;
}
