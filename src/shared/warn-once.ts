const said = new Set<string>();

/** Dev-time help for webmasters: a console warning that is shown once per message, not on every render. */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`kultur-widgets: ${message}`);
}
