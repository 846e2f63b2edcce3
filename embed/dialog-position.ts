/**
 * In an iframe sized to its content (taller than the screen), a centred modal dialog would open far
 * from what the visitor sees: this keeps the calendar's dialogs next to the control that opened them.
 */
export function keepDialogsInView(calendar: HTMLElement): void {
  const place = (y: number) => {
    if (window.innerHeight <= screen.height) return calendar.style.removeProperty('--kultur-embed-dialog-top');
    const top = Math.max(16, Math.min(y - 80, window.innerHeight - 640));
    calendar.style.setProperty('--kultur-embed-dialog-top', `${Math.round(top)}px`);
  };
  calendar.addEventListener('pointerdown', (event) => place(event.clientY));
  calendar.addEventListener('keydown', () => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active) place(active.getBoundingClientRect().top);
  });
}
