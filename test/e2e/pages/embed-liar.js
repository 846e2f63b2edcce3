// A frame that is not a kultur embed (on the embeds' origin): claims a height for itself and says
// hello to the frame that never asked for resizing; the host and that frame must ignore both.
setInterval(() => {
  parent.postMessage({ type: 'kultur-embed:height', height: 5 }, '*');
  for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) parent.frames[i].postMessage({ type: 'kultur-embed:hello' }, '*');
}, 100);
