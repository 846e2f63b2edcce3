/**
 * The badge's styles as one constructable stylesheet: no Lit `css` (the badge has an 8 KB budget)
 * and no inline `<style>` (pages with `style-src 'self'` still style it). Token names and
 * fallbacks are those of `src/theme/tokens.ts`; dark mode is a second set of fallbacks.
 */

const dark =
  '--_k-surface:var(--kultur-color-surface,#262421);--_k-text:var(--kultur-color-text,#f3f0ea);' +
  '--_k-muted:var(--kultur-color-text-muted,#b9b3a9);--_k-border:var(--kultur-color-border,#45413b);' +
  '--_k-accent:var(--kultur-color-accent,#ff8a80);--_k-on-accent:var(--kultur-color-on-accent,#1b1a18);' +
  '--_k-success:var(--kultur-color-success,#7fd49a);color-scheme:dark;';

const css = `
:host{
--_k-surface:var(--kultur-color-surface,#f6f5f2);--_k-text:var(--kultur-color-text,#1d1b19);
--_k-muted:var(--kultur-color-text-muted,#5c5750);--_k-border:var(--kultur-color-border,#d9d5ce);
--_k-accent:var(--kultur-color-accent,#b3261e);--_k-on-accent:var(--kultur-color-on-accent,#fff);
--_k-success:var(--kultur-color-success,#1e6b3a);--_k-radius:var(--kultur-radius,.5rem);color-scheme:light;
display:inline-flex;vertical-align:middle;max-width:100%;box-sizing:border-box;
font-family:var(--kultur-font-family,inherit);font-size:var(--kultur-font-size,1rem);line-height:1.3;
color:var(--_k-text);text-align:start;letter-spacing:normal;text-transform:none;
}
:host([theme=dark]){${dark}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}
:host([hidden]){display:none}
*{box-sizing:border-box}
.badge{display:inline-flex;align-items:center;gap:.8em;max-width:100%;min-height:5.25rem;padding:.6em 1.1em .6em .6em;
border:1px solid var(--_k-border);border-radius:var(--_k-radius);background:var(--_k-surface);color:inherit;text-decoration:none}
a.badge:hover{border-color:var(--_k-accent)}
a.badge:hover .network{text-decoration:underline;text-underline-offset:.15em}
a.badge:focus-visible{outline:2px solid var(--_k-accent);outline-offset:2px}
.mark{position:relative;display:grid;place-items:center;flex:none;width:3rem;height:3rem;padding:.2rem;
border-radius:calc(var(--_k-radius)*.8);background:var(--_k-accent);color:var(--_k-on-accent);
font-weight:800;font-size:.8rem;letter-spacing:.03em;line-height:1;overflow-wrap:normal}
.mark:has(img){background:#fff;box-shadow:inset 0 0 0 1px var(--_k-border)}
.mark img{width:100%;height:100%;object-fit:contain}
.mark::before,.mark::after{content:"";position:absolute}
.mark::before{right:-.35rem;bottom:-.35rem;width:1.15rem;height:1.15rem;border-radius:50%;
background:var(--_k-success);box-shadow:0 0 0 2px var(--_k-surface)}
.mark::after{right:-.02rem;bottom:-.05rem;width:.3rem;height:.55rem;border:solid var(--_k-surface);
border-width:0 2px 2px 0;transform:rotate(45deg)}
.text{display:grid;gap:.1em;min-width:0}
.network{font-weight:650}
.since{color:var(--_k-muted);font-size:.875em;white-space:nowrap}
.badge.compact{min-height:2.25rem;gap:.6em;padding:.25em .9em .25em .3em;border-radius:1.125rem;font-size:.875em}
.compact .mark{width:auto;min-width:1.75rem;height:1.75rem;padding:0 .35rem;border-radius:calc(var(--_k-radius)*.6);font-size:.62rem}
.compact .mark:has(img){width:1.75rem;padding:.15rem}
.compact .mark::before,.compact .mark::after{display:none}
.compact .text{display:block}
.compact .since::before{content:"· "}
.badge.icon{min-height:0;padding:.35rem;border:0;background:none}
.hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.reserve{display:inline-block;min-height:5.25rem;min-width:16rem}
.reserve.compact{min-height:2.25rem;min-width:0}
.reserve.icon{min-height:3.7rem;min-width:3.7rem}
`;

let sheet: CSSStyleSheet | undefined;

/** The one shared sheet, created on first use (not at import: importing must work without a DOM). */
export function badgeStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
