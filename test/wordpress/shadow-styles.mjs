// Computed styles inside the widgets' shadow roots, to compare a themed page with a bare one.
import assert from 'node:assert/strict';

const HOSTS = 'kultur-event-calendar, kultur-ticket-reservation, kultur-membership-badge';

/** Properties a theme could change if its CSS leaked in (inherited text properties are compared too: the wrapper matches them). */
const PROPERTIES = [
  'display', 'position', 'box-sizing', 'float',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-bottom-width', 'border-left-width', 'border-top-left-radius',
  'background-color', 'background-image', 'box-shadow', 'outline-style', 'opacity', 'visibility', 'list-style-type',
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
  'text-align', 'text-decoration-line', 'text-transform', 'text-shadow', 'vertical-align', 'cursor',
];

/** Inherited text settings the widgets take from the page by design (`--kultur-font-family`: the page's font). */
const INHERITED = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'letter-spacing', 'text-transform', 'text-align', 'word-spacing'];

/** Per widget on the page: a style attribute giving a wrapper the host parent's inherited text settings and the host's width. */
export function inheritedText(page) {
  return page.evaluate(([selector, inherited]) => [...document.querySelectorAll(selector)].map((host) => {
    const style = getComputedStyle(host.parentElement);
    return `${inherited.map((name) => `${name}:${style.getPropertyValue(name).replaceAll('"', "'")}`).join(';')};width:${host.getBoundingClientRect().width}px`;
  }), [HOSTS, INHERITED]);
}

/** Every shadow-root element of every widget, with its tag, classes and computed PROPERTIES. */
export function shadowStyles(page) {
  return page.evaluate(([selector, properties]) => [...document.querySelectorAll(selector)].map((host) => [...host.shadowRoot.querySelectorAll('*')]
    .filter((el) => !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName))
    .map((el) => {
      const style = getComputedStyle(el);
      return { host: host.localName, el: `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`, style: Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])) };
    })), [HOSTS, PROPERTIES]);
}

/** Asserts that both pages' widgets have the same elements with the same computed styles. */
export function compareShadowStyles(themed, bare) {
  assert.equal(themed.length, bare.length, 'same number of widgets');
  themed.forEach((elements, widget) => {
    assert.ok(elements.length > 1, `${elements[0]?.host ?? 'widget'} rendered its shadow DOM`);
    assert.deepEqual(elements.map((e) => e.el), bare[widget].map((e) => e.el), `${elements[0].host}: same shadow elements`);
    elements.forEach((element, index) => {
      assert.deepEqual(element.style, bare[widget][index].style, `${element.host} › ${element.el}: a computed style differs from the bare page`);
    });
  });
}
