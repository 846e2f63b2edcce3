/**
 * Dispatches a `CustomEvent` that bubbles out of shadow roots (`composed`), as every
 * kultur event does. Returns `false` when a listener called `preventDefault()` on a cancelable event.
 */
export function fire<T>(target: EventTarget, type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
