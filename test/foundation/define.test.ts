import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}

let counter = 0;
const uniqueTag = () => `kultur-define-test-${++counter}`;

describe('defineElement', () => {
  it('defines a new tag and returns the constructor', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    expect(defineElement(tag, A)).to.equal(A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('leaves the same version alone, silently (second copy of the bundle)', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {
      static kulturVersion = VERSION;
    }
    class Second extends HTMLElement {
      static kulturVersion = VERSION;
    }
    defineElement(tag, First);
    const warnings = captureWarnings();
    try {
      expect(() => defineElement(tag, Second)).not.to.throw();
      expect(defineElement(tag, Second)).to.equal(First);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first definition of another version and warns once, naming both versions', () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static kulturVersion = '0.0.1-old';
    }
    class New extends HTMLElement {
      static kulturVersion = VERSION;
    }
    defineElement(tag, Old);
    const warnings = captureWarnings();
    try {
      defineElement(tag, New);
      defineElement(tag, New);
    } finally {
      warnings.restore();
    }
    expect(customElements.get(tag)).to.equal(Old);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1-old').and.to.contain(VERSION).and.to.contain(`<${tag}>`);
  });

  it('never throws for a tag taken by a foreign element', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages[0]).to.contain('another script');
  });

  it('defines in a scoped registry when one is passed', function () {
    const Registry = (globalThis as { CustomElementRegistry?: new () => CustomElementRegistry }).CustomElementRegistry;
    let registry: CustomElementRegistry;
    try {
      registry = new Registry!();
    } catch {
      this.skip(); // this Chromium has no scoped registries
      return;
    }
    class Scoped extends HTMLElement {}
    defineElement('kultur-scoped-test', Scoped, { registry });
    expect(registry.get('kultur-scoped-test')).to.equal(Scoped);
    expect(customElements.get('kultur-scoped-test')).to.equal(undefined);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
