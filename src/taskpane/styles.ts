/**
 * The pane's styles, built on the Fluent 2 design tokens that `setTheme(webLightTheme)` puts on
 * the page as CSS custom properties (colours, type ramp, spacing, radii, shadows). Layout is a
 * single column that works from 280 px up (the default pane is about 320 px wide).
 */
export const CSS = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: var(--fontFamilyBase);
  font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300);
  color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground2);
  -webkit-font-smoothing: antialiased;
  overflow-x: hidden;
}
.pl-app { display: flex; flex-direction: column; min-height: 100vh; min-width: 0; }
.pl-header {
  display: flex; align-items: center; gap: var(--spacingHorizontalS);
  padding: var(--spacingVerticalM) var(--spacingHorizontalL) var(--spacingVerticalS);
  background: var(--colorNeutralBackground1);
}
.pl-logo {
  flex: none; width: 28px; height: 28px; border-radius: var(--borderRadiusMedium);
  background: var(--colorBrandBackground); color: var(--colorNeutralForegroundOnBrand);
  display: grid; place-items: center; font-weight: var(--fontWeightSemibold); font-size: var(--fontSizeBase200);
}
.pl-title { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400); font-weight: var(--fontWeightSemibold); margin: 0; }
.pl-tagline { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground3); margin: 0; }
.pl-tabs { background: var(--colorNeutralBackground1); padding: 0 var(--spacingHorizontalS); border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.pl-main { flex: 1; padding: var(--spacingVerticalM) var(--spacingHorizontalM) var(--spacingVerticalXXL); display: flex; flex-direction: column; gap: var(--spacingVerticalM); min-width: 0; }
.pl-card {
  background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusLarge); box-shadow: var(--shadow4);
  padding: var(--spacingVerticalM) var(--spacingHorizontalM); display: flex; flex-direction: column; gap: var(--spacingVerticalS); min-width: 0;
}
.pl-card-head { display: flex; align-items: center; gap: var(--spacingHorizontalS); min-width: 0; }
.pl-step {
  flex: none; width: 20px; height: 20px; border-radius: var(--borderRadiusCircular);
  background: var(--colorBrandBackground2); color: var(--colorBrandForeground2);
  font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); display: grid; place-items: center;
}
.pl-step.done { background: var(--colorPaletteGreenBackground3); color: var(--colorNeutralForegroundOnBrand); }
.pl-card-title { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: 0; flex: 1; min-width: 0; }
.pl-card-aside { font-size: var(--fontSizeBase200); color: var(--colorNeutralForeground3); white-space: nowrap; }
.pl-caption { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground3); margin: 0; overflow-wrap: anywhere; }
.pl-label { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); color: var(--colorNeutralForeground1); display: block; margin-bottom: var(--spacingVerticalXXS); }
.pl-field { display: flex; flex-direction: column; min-width: 0; }
.pl-row { display: flex; gap: var(--spacingHorizontalS); align-items: flex-end; min-width: 0; }
.pl-check-row { display: flex; gap: var(--spacingHorizontalS); align-items: center; font-size: var(--fontSizeBase300); color: var(--colorNeutralForeground1); cursor: pointer; }
.pl-check { width: 16px; height: 16px; margin: 0; accent-color: var(--colorCompoundBrandBackground); flex: none; }
.pl-check:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
.pl-row > * { min-width: 0; }
.pl-grow { flex: 1; }
.pl-select, .pl-input {
  font: inherit; width: 100%; min-width: 0; height: 32px; color: var(--colorNeutralForeground1);
  background-color: var(--colorNeutralBackground1);
  border: var(--strokeWidthThin) solid var(--colorNeutralStroke1); border-bottom-color: var(--colorNeutralStrokeAccessible);
  border-radius: var(--borderRadiusMedium); padding: 0 var(--spacingHorizontalS);
}
.pl-select { padding-right: 28px; appearance: none; text-overflow: ellipsis;
  background-image: linear-gradient(45deg, transparent 50%, var(--colorNeutralForeground3) 50%), linear-gradient(135deg, var(--colorNeutralForeground3) 50%, transparent 50%);
  background-position: calc(100% - 14px) 14px, calc(100% - 10px) 14px; background-size: 4px 4px; background-repeat: no-repeat; }
.pl-select:hover, .pl-input:hover { border-color: var(--colorNeutralStroke1Hover); border-bottom-color: var(--colorNeutralStrokeAccessibleHover); }
.pl-select:focus-visible, .pl-input:focus-visible { outline: none; border-bottom: 2px solid var(--colorCompoundBrandStroke); }
.pl-select.small { height: 28px; font-size: var(--fontSizeBase200); }
.pl-mono { font-family: var(--fontFamilyMonospace); font-size: var(--fontSizeBase200); overflow-wrap: anywhere; }
.pl-map { display: flex; flex-direction: column; border-top: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.pl-map-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); gap: var(--spacingHorizontalS); align-items: center;
  padding: var(--spacingVerticalXS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.pl-map-head { display: flex; gap: var(--spacingHorizontalXS); align-items: baseline; min-width: 0; }
.pl-col { flex: none; font-size: var(--fontSizeBase100); color: var(--colorNeutralForeground3); width: 18px; }
.pl-header-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pl-map-row.unmapped .pl-header-text { color: var(--colorNeutralForeground3); }
.pl-map-row.corrected { background: var(--colorBrandBackground2); margin: 0 calc(-1 * var(--spacingHorizontalS)); padding-left: var(--spacingHorizontalS); padding-right: var(--spacingHorizontalS); border-radius: var(--borderRadiusMedium); }
details.pl-details > summary { cursor: pointer; list-style: none; }
details.pl-details > summary::-webkit-details-marker { display: none; }
.pl-chevron { transition: transform 120ms; color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
details[open] .pl-chevron { transform: rotate(90deg); }
.pl-parts .pl-part, .pl-chain .pl-part { white-space: nowrap; }
.pl-policy-tag { border-bottom: 1px dotted var(--colorNeutralForeground3); cursor: help; white-space: nowrap; }
.pl-subtabs fluent-tab { white-space: nowrap; }
.pl-actions { display: flex; gap: var(--spacingHorizontalS); flex-wrap: wrap; }
.pl-actions fluent-button { flex: 1; min-width: 0; }
fluent-button.pl-wide { width: 100%; }
.pl-progress { display: flex; flex-direction: column; gap: var(--spacingVerticalXS); }
.pl-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(84px, 1fr)); gap: var(--spacingHorizontalS); }
.pl-tile { border-radius: var(--borderRadiusMedium); padding: var(--spacingVerticalS) var(--spacingHorizontalS); background: var(--colorNeutralBackground3); min-width: 0; }
.pl-tile-n { font-size: var(--fontSizeBase500); line-height: var(--lineHeightBase500); font-weight: var(--fontWeightSemibold); }
.pl-tile-l { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground2); overflow-wrap: anywhere; }
.pl-tile.eligible { background: var(--colorPaletteGreenBackground1); } .pl-tile.eligible .pl-tile-n { color: var(--colorPaletteGreenForeground1); }
.pl-tile.awaiting_vacancy { background: var(--colorPaletteYellowBackground1); } .pl-tile.awaiting_vacancy .pl-tile-n { color: var(--colorPaletteMarigoldForeground2, #8a5500); }
.pl-tile.top { background: var(--colorPaletteBlueBackground2); } .pl-tile.top .pl-tile-n { color: var(--colorPaletteBlueForeground2); }
.pl-tile.error { background: var(--colorPaletteRedBackground1); } .pl-tile.error .pl-tile-n { color: var(--colorPaletteRedForeground1); }
.pl-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.pl-issue { padding: var(--spacingVerticalXS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); min-width: 0; }
.pl-issue:last-child { border-bottom: none; }
.pl-issue-msg { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground2); overflow-wrap: anywhere;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.pl-link { font: inherit; color: var(--colorBrandForegroundLink); background: none; border: none; padding: 0; cursor: pointer; text-align: left; }
.pl-link:hover { color: var(--colorBrandForegroundLinkHover); text-decoration: underline; }
.pl-link:focus-visible { outline: 2px solid var(--colorStrokeFocus2); border-radius: var(--borderRadiusSmall); }
.pl-sheets { display: flex; flex-wrap: wrap; gap: var(--spacingHorizontalXS) var(--spacingHorizontalM); }
.pl-cand { display: grid; grid-template-columns: 28px minmax(0, 1fr); gap: var(--spacingHorizontalS); padding: var(--spacingVerticalS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.pl-cand:last-child { border-bottom: none; }
.pl-rank { width: 28px; height: 28px; border-radius: var(--borderRadiusCircular); display: grid; place-items: center; font-weight: var(--fontWeightSemibold);
  background: var(--colorNeutralBackground3); color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); }
.pl-cand.in .pl-rank { background: var(--colorBrandBackground); color: var(--colorNeutralForegroundOnBrand); }
.pl-cand-name { font-weight: var(--fontWeightSemibold); display: flex; gap: var(--spacingHorizontalXS); align-items: center; flex-wrap: wrap; min-width: 0; }
.pl-cand-line { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground2); overflow-wrap: anywhere; }
.pl-reason { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground3); overflow-wrap: anywhere; }
.pl-cut { display: flex; align-items: center; gap: var(--spacingHorizontalS); color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); padding-top: var(--spacingVerticalS); }
.pl-cut::before, .pl-cut::after { content: ""; flex: 1; border-top: var(--strokeWidthThin) dashed var(--colorNeutralStroke1); }
.pl-chain { margin: 0; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground1); overflow-wrap: anywhere;
  background: var(--colorNeutralBackground3); border-radius: var(--borderRadiusMedium); padding: var(--spacingVerticalXS) var(--spacingHorizontalS); }
.pl-chain-label { color: var(--colorNeutralForeground3); }
.pl-cascade { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.pl-cstep { position: relative; padding: 0 0 var(--spacingVerticalM) 30px; min-width: 0; display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); }
.pl-cstep::before { content: ""; position: absolute; left: 9px; top: 24px; bottom: 2px; border-left: var(--strokeWidthThick) solid var(--colorNeutralStroke2); }
.pl-cstep:last-child { padding-bottom: 0; }
.pl-cstep:last-child::before { display: none; }
.pl-cstep-head { display: flex; align-items: center; gap: var(--spacingHorizontalS); min-height: 20px; min-width: 0; }
.pl-cstep-head .pl-step { position: absolute; left: 0; top: 0; }
.pl-cstep.unfilled .pl-step { background: var(--colorPaletteYellowBackground2); color: var(--colorPaletteMarigoldForeground2, #8a5500); }
.pl-cstep-title { font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300); font-weight: var(--fontWeightSemibold); margin: 0; flex: 1; min-width: 0; overflow-wrap: anywhere; }
.pl-card-title:focus-visible { outline: 2px solid var(--colorStrokeFocus2); border-radius: var(--borderRadiusSmall); }
fluent-message-bar { min-width: 0; }
fluent-message-bar .pl-mb-text { white-space: normal; overflow-wrap: anywhere; }
.pl-hidden { display: none !important; }
.pl-subtabs { background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusLarge); box-shadow: var(--shadow4); padding: 0 var(--spacingHorizontalXS); overflow-x: auto; }
.pl-subtitle { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: var(--spacingVerticalS) 0 0; }
.pl-mb-actions { margin-top: var(--spacingVerticalS); }
.pl-nm { padding: var(--spacingVerticalS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); min-width: 0; }
.pl-nm:last-child { border-bottom: none; }
.pl-nm-lacks { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground1); overflow-wrap: anywhere; display: flex; flex-wrap: wrap; gap: 0 var(--spacingHorizontalS); }
.pl-nm-gap { color: var(--colorPaletteMarigoldForeground2, #8a5500); font-weight: var(--fontWeightSemibold); }
.pl-table { width: 100%; border-collapse: collapse; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); table-layout: fixed; }
.pl-table th, .pl-table td { padding: var(--spacingVerticalXS) var(--spacingHorizontalXS); border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); text-align: right; vertical-align: top; overflow-wrap: anywhere; }
.pl-table thead th { color: var(--colorNeutralForeground3); font-weight: var(--fontWeightSemibold); }
.pl-table th:first-child { text-align: left; width: 36%; font-weight: var(--fontWeightRegular); }
.pl-table thead th { white-space: nowrap; overflow-wrap: normal; }
.pl-table thead th:nth-child(2) { width: 28%; }
.pl-scroll { overflow-x: auto; }
/* A table wider than the pane scrolls sideways; a shadow on the edge where columns are hidden says so (the covers scroll with the content, the shadows stay). */
.pl-scroll {
  background:
    linear-gradient(to right, var(--colorNeutralBackground1) 40%, transparent) left / 24px 100% no-repeat local,
    linear-gradient(to left, var(--colorNeutralBackground1) 40%, transparent) right / 24px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.22), transparent) left / 12px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.22), transparent) right / 12px 100% no-repeat scroll;
}
.pl-scroll .pl-table { table-layout: auto; min-width: 100%; white-space: nowrap; }
.pl-table th.pl-text, .pl-table td.pl-text { text-align: left; }
.pl-table thead th:first-child { font-weight: var(--fontWeightSemibold); }
.pl-table tr.adverse td:nth-child(4) { color: var(--colorPaletteRedForeground1); font-weight: var(--fontWeightSemibold); }
.pl-badges { display: flex; flex-wrap: wrap; gap: 2px; margin-top: 2px; }
.pl-ninebox { display: grid; grid-template-columns: 22px repeat(3, minmax(0, 1fr)); gap: 4px; }
.pl-axis { font-size: var(--fontSizeBase100); color: var(--colorNeutralForeground3); display: grid; place-items: center; }
.pl-axis-y { writing-mode: vertical-rl; }
.pl-box { font: inherit; border: var(--strokeWidthThin) solid transparent; border-radius: var(--borderRadiusMedium); min-height: 64px; padding: var(--spacingVerticalXS);
  display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2px; cursor: pointer; min-width: 0; }
.pl-box.box-high { background: var(--colorPaletteGreenBackground2); color: var(--colorPaletteGreenForeground2); }
.pl-box.box-mid { background: var(--colorPaletteYellowBackground2); color: var(--colorPaletteMarigoldForeground2, #8a5500); }
.pl-box.box-low { background: var(--colorPaletteDarkOrangeBackground1, #fdf6f3); color: var(--colorPaletteDarkOrangeForeground1, #c43501); }
.pl-box.selected { border: 2px solid var(--colorBrandStroke1); box-shadow: var(--shadow4); }
.pl-box:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; }
.pl-box-n { font-size: var(--fontSizeBase500); line-height: var(--lineHeightBase500); font-weight: var(--fontWeightSemibold); }
.pl-box-name { font-size: var(--fontSizeBase100); line-height: var(--lineHeightBase100); text-align: center; overflow-wrap: anywhere; }
.pl-change { padding: var(--spacingVerticalS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); min-width: 0; }
.pl-change:last-child { border-bottom: none; }
.pl-change.newly_eligible .pl-cand-name::before { content: "+"; color: var(--colorPaletteGreenForeground1); }
.pl-change.no_longer_eligible .pl-cand-name::before { content: "−"; color: var(--colorPaletteRedForeground1); }
.pl-bands th:first-child { width: 42%; }
.pl-bands td.pl-band-n { width: 3em; font-weight: var(--fontWeightSemibold); }
.pl-bands td.pl-band-bar { text-align: left; vertical-align: middle; }
.pl-hbar { display: block; height: 8px; min-width: 0; border-radius: var(--borderRadiusSmall); background: var(--colorBrandBackground); }
.pl-hbar.band-ready_now { background: var(--colorPaletteGreenForeground1); }
.pl-hbar.band-error { background: var(--colorPaletteRedForeground1); }
.pl-hbar.band-develop, .pl-hbar.band-top { background: var(--colorNeutralForeground3); }
.pl-fc { display: grid; gap: 2px; align-items: end; margin: var(--spacingVerticalS) 0; min-width: 0; }
.pl-fc-col { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; gap: 2px; min-width: 0; height: 104px; }
.pl-fc-n { font-size: var(--fontSizeBase100); line-height: var(--lineHeightBase100); color: var(--colorNeutralForeground2); }
.pl-fc-bar { display: block; width: 70%; max-width: 18px; background: var(--colorBrandBackground); border-radius: var(--borderRadiusSmall) var(--borderRadiusSmall) 0 0; }
.pl-fc-m { font-size: var(--fontSizeBase100); line-height: var(--lineHeightBase100); color: var(--colorNeutralForeground3); white-space: nowrap; border-top: var(--strokeWidthThin) solid var(--colorNeutralStroke2); width: 100%; text-align: center; }
.pl-succ { padding: var(--spacingVerticalS) 0; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); min-width: 0; }
.pl-succ:last-child { border-bottom: none; }
.pl-succ .pl-cand-name { display: flex; flex-wrap: wrap; gap: var(--spacingHorizontalXS); align-items: center; }
.pl-succ-sub { font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); margin-top: var(--spacingVerticalXS); }
.pl-succ-list, .pl-plan-steps { margin: 0; padding-left: 1.5em; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); overflow-wrap: anywhere; }
.pl-plan-steps li { margin-top: var(--spacingVerticalXS); }
.pl-plan-action { font-weight: var(--fontWeightSemibold); }
.pl-plan-wait { margin-top: var(--spacingVerticalXS); }
.pl-plan-sentence { margin: var(--spacingVerticalS) 0 0; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); font-weight: var(--fontWeightSemibold); color: var(--colorBrandForeground1); overflow-wrap: anywhere; }
`;

/** Adds the pane's stylesheet to the page (once). */
export function applyStyles(doc: Document = document): void {
  if (doc.getElementById("pl-styles")) return;
  const style = doc.createElement("style");
  style.id = "pl-styles";
  style.textContent = CSS;
  doc.head.appendChild(style);
}
