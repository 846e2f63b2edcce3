/**
 * For host pages: sizes every `<iframe data-kultur-resize>` showing a kultur embed page to its
 * content. Says hello to the iframe's origin only and accepts heights only from that origin and
 * that iframe's window.
 */
(() => {
  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-kultur-resize]');
  const originOf = (frame: HTMLIFrameElement) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return 'null';
    }
  };
  const hello = (frame: HTMLIFrameElement) => {
    const origin = originOf(frame);
    if (origin !== 'null') frame.contentWindow?.postMessage({ type: 'kultur-embed:hello' }, origin);
  };
  const bound = new WeakSet<HTMLIFrameElement>();
  const bind = () => {
    for (const frame of frames()) {
      if (bound.has(frame)) continue;
      bound.add(frame);
      frame.addEventListener('load', () => hello(frame));
      hello(frame);
    }
  };
  addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== 'kultur-embed:height' || typeof data.height !== 'number') return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source && originOf(frame) === event.origin && data.height >= 0 && data.height < 1e5) {
        frame.style.height = `${Math.ceil(data.height)}px`;
      }
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', bind);
  else bind();
  // Consent managers, site builders and single-page apps add the iframe later.
  new MutationObserver(bind).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-kultur-resize'] });
})();
