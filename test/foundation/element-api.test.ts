import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { expectAccessible } from '../helpers/a11y.js';

/** The framework-friendly API rules, checked for every element from the generated manifest. */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

const TAGS = ['kultur-event-calendar', 'kultur-ticket-reservation', 'kultur-membership-badge'];

async function manifestAttributes(tag: string): Promise<ManifestAttribute[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const module of manifest.modules as { declarations?: ManifestDeclaration[] }[]) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration.attributes ?? [];
    }
  }
  throw new Error(`${tag} is not in custom-elements.json (run npm run build)`);
}

function hasWritableProperty(element: Element, name: string): boolean {
  for (let proto: object | null = element; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return Boolean(descriptor.set) || descriptor.writable === true;
  }
  return false;
}

describe('every element', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('is registered', () => {
        expect(customElements.get(tag), tag).to.be.a('function');
      });

      it('has a writable property for every attribute (React 19 / Vue 3 set properties)', async () => {
        const element = document.createElement(tag);
        const attributes = await manifestAttributes(tag);
        expect(attributes.length).to.be.greaterThan(0);
        for (const attribute of attributes) {
          expect(attribute.fieldName, `${tag}[${attribute.name}] has no property`).to.be.a('string');
          expect(hasWritableProperty(element, attribute.fieldName!), `${tag}.${attribute.fieldName} is not writable`).to.equal(true);
        }
      });

      it('inherits the host page font and looks finished without page CSS', async () => {
        const wrapper = await fixture(staticHtml`<div style="font-family: 'Courier New', monospace"><${unsafeStatic(tag)}></${unsafeStatic(tag)}></div>`);
        const element = wrapper.firstElementChild as HTMLElement;
        await (element as { updateComplete?: Promise<unknown> }).updateComplete;
        expect(getComputedStyle(element).fontFamily).to.contain('Courier New');
        await expectAccessible(element);
      });
    });
  }

  it('follows prefers-color-scheme unless theme pins it', async () => {
    const probe = await fixture(html`<div>
      <kultur-event-calendar></kultur-event-calendar>
      <kultur-event-calendar theme="light"></kultur-event-calendar>
      <kultur-event-calendar theme="dark"></kultur-event-calendar>
    </div>`);
    const [auto, light, dark] = [...probe.children] as HTMLElement[];
    const scheme = (el: HTMLElement) => getComputedStyle(el).colorScheme;
    const tokens = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      return Object.fromEntries([...style].filter((name) => name.startsWith('--_k-')).map((name) => [name, style.getPropertyValue(name)]));
    };
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect([scheme(auto), scheme(light), scheme(dark)]).to.deep.equal(['dark', 'light', 'dark']);
      const darkByMedia = tokens(auto);
      await emulateMedia({ colorScheme: 'light' });
      expect([scheme(auto), scheme(light), scheme(dark)]).to.deep.equal(['light', 'light', 'dark']);
      // The dark palette is written out twice in tokens.ts (for the media query and for theme="dark"): the same values.
      expect(Object.keys(darkByMedia)).to.include('--_k-danger');
      expect(tokens(dark)).to.deep.equal(darkByMedia);
      expect(tokens(light)).not.to.deep.equal(darkByMedia);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
