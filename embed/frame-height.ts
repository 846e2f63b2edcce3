/**
 * The iframe side of the resize handshake: once the host page says hello (kultur-embed-resize.js),
 * this page posts its content height to the parent, to that origin only, whenever it changes.
 */

export const HELLO = 'kultur-embed:hello';
export const HEIGHT = 'kultur-embed:height';

export function answerResizeHandshake(): void {
  let hostOrigin = '';
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT, height }, hostOrigin);
  };
  addEventListener('message', (event) => {
    if (window.parent === window || event.source !== window.parent) return;
    if ((event.data as { type?: unknown } | null)?.type !== HELLO || event.origin === 'null') return;
    // The first origin that asked is the only one answered (a navigated parent gets nothing).
    if (hostOrigin && hostOrigin !== event.origin) return;
    const first = !hostOrigin;
    hostOrigin = event.origin;
    last = -1;
    post();
    if (first) new ResizeObserver(post).observe(document.body);
  });
}
