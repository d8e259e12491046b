/**
 * Fluent UI web components (v3, Fluent 2 design) for the pane's buttons, progress bar, message
 * bars, badges, tabs and dividers, with the Fluent 2 web light theme as CSS custom properties.
 * Only the components used are defined, so the bundle stays small (the custom functions share
 * this page). Form fields are native inputs styled with the same tokens, as Fluent 2's own
 * `Select` is a styled native select.
 */
import {
  Badge,
  BadgeDefinition,
  Button,
  ButtonDefinition,
  Divider,
  DividerDefinition,
  MessageBar,
  MessageBarDefinition,
  ProgressBar,
  ProgressBarDefinition,
  Spinner,
  SpinnerDefinition,
  Tab,
  TabDefinition,
  Tablist,
  TablistDefinition,
  setTheme,
} from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";

let defined = false;

/** Sets the theme and defines the Fluent elements (once). */
export function defineFluent(): void {
  if (defined) return;
  defined = true;
  setTheme(webLightTheme);
  Badge.define(BadgeDefinition);
  Button.define(ButtonDefinition);
  Divider.define(DividerDefinition);
  MessageBar.define(MessageBarDefinition);
  ProgressBar.define(ProgressBarDefinition);
  Spinner.define(SpinnerDefinition);
  Tab.define(TabDefinition);
  Tablist.define(TablistDefinition);
}
