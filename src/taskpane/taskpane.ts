/* global Office */
// Placeholder task pane (the batch-review pane is its own issue): wires Office.onReady only.
Office.onReady(() => {
  const lang = Office.context?.displayLanguage ?? "zh-CN";
  if (!lang.toLowerCase().startsWith("zh")) {
    document.documentElement.lang = "en-US";
    const title = document.querySelector('[data-i18n="title"]');
    const text = document.querySelector('[data-i18n="placeholder"]');
    if (title) title.textContent = "PromoLadder promotion review";
    if (text) text.textContent = "The review pane is on its way: use the PROMO.* formulas or the promo review CLI meanwhile.";
  }
});
