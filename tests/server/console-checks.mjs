// SPDX-License-Identifier: GPL-3.0-or-later
// What every view of the staff console must pass, checked in the page as Chromium draws it:
// axe-core (no serious or critical violation), nothing wider than the screen, and a keyboard
// focus ring that stands out at 3:1 against what is around it.

import fs from 'node:fs';
import { check, requireFromNode } from './console-support.mjs';

const AXE = fs.readFileSync(requireFromNode.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is now; fails on any serious or critical violation. */
export async function axeCheck(page, view) {
    if (!(await page.evaluate(() => typeof window.axe === 'object')))
        await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
        }));
    });
    const bad = violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    check(bad.length === 0, `axe-core on ${view}: ${bad.map(v => `${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`).join('; ')}`);
    return violations.length;
}

/** Nothing on the page is wider than the screen: no sideways scrolling of the page or of a
 *  part of it (a table scrolled sideways hides its last columns), nothing cut off. */
export async function noOverflow(page, view) {
    const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const describe = el => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
        const shown = [...document.querySelectorAll('body *')].filter(el => el.getClientRects().length);
        const wide = shown.filter(el => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'absolute')
            .slice(0, 5).map(el => `${describe(el)} (right ${Math.round(el.getBoundingClientRect().right)})`);
        const scrolled = shown.filter(el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
            .map(el => `${describe(el)} (${el.scrollWidth} px in ${el.clientWidth})`);
        return { scroll: document.documentElement.scrollWidth, width, wide, scrolled };
    });
    check(found.scroll <= found.width && found.wide.length === 0 && found.scrolled.length === 0,
        `${view}: the page is ${found.scroll} px wide on a ${found.width} px screen; past the edge: ${found.wide.join(', ')}; `
        + `scrolled sideways: ${found.scrolled.join(', ')}`);
}

/**
 * Tabs through the page (the keyboard's focus, so :focus-visible applies) and checks, for each
 * control reached, that its outline or its ring (box-shadow) has 3:1 contrast with the
 * background around the control; fails naming those that do not.
 */
export async function focusRingsContrast(page, view, tabs = 40) {
    await page.evaluate(() => document.activeElement?.blur());
    const poor = [];
    let checked = 0;
    for (let i = 0; i < tabs; ++i) {
        await page.keyboard.press('Tab');
        const found = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body)
                return null;
            const rgb = text => {
                const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text ?? '');
                return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
            };
            const luminance = c => {
                const channel = v => {
                    const s = v / 255;
                    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
                };
                return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            };
            const contrast = (a, b) => {
                const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
                return (hi + 0.05) / (lo + 0.05);
            };
            // The ring is drawn around the control: what is behind it is its parent's background.
            let behind = null;
            for (let node = el.parentElement; node && !behind; node = node.parentElement) {
                const c = rgb(getComputedStyle(node).backgroundColor);
                if (c && c.a > 0.5)
                    behind = c;
            }
            behind ??= { r: 255, g: 255, b: 255 };
            const style = getComputedStyle(el);
            const rings = [];
            if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
                rings.push(rgb(style.outlineColor));
            for (const color of style.boxShadow.match(/rgba?\([^)]*\)/g) ?? [])
                rings.push(rgb(color));
            const best = Math.max(0, ...rings.filter(Boolean).map(c => contrast(c, behind)));
            const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
            return { name, best, drawn: `${style.outlineStyle} ${style.outlineColor}, ${style.boxShadow}` };
        });
        if (!found)
            continue;
        ++checked;
        if (found.best < 3)
            poor.push(`${found.name} ${found.best.toFixed(2)}:1 (${found.drawn})`);
    }
    check(checked > 0, `${view}: the keyboard reached no control`);
    check(poor.length === 0, `${view}: focus rings under 3:1: ${[...new Set(poor)].join(', ')}`);
    return checked;
}
