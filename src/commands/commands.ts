/* global Office */
// Ribbon commands share the task pane's runtime; the only button opens the pane (ShowTaskpane).
Office.onReady(() => undefined);
