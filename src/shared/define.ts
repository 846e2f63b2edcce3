import { VERSION } from './version.js';

/** Elements defined by this library carry their version, so a second copy can tell same from different. */
export interface VersionedElement extends CustomElementConstructor {
  readonly kulturVersion?: string;
}

export interface DefineOptions {
  /** Registry to define in; a scoped `CustomElementRegistry` or the global one (default). */
  registry?: CustomElementRegistry;
}

const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` and never throws: a tag already defined by the same version is left
 * alone silently (a second copy of the bundle on the page); a different version or a foreign
 * element keeps the first definition and logs one warning naming both.
 * Returns the constructor that is in effect for `tag`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, options: DefineOptions = {}): CustomElementConstructor {
  const registry = options.registry ?? globalThis.customElements;
  if (!registry) return ctor; // server-side import: nothing to register
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing === ctor) return existing;
    const theirs = existing.kulturVersion;
    if (theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `kultur-widgets: <${tag}> is already defined by ${theirs ? `version ${theirs}` : 'another script'}; ` +
          `version ${VERSION} keeps that definition. Load the widgets only once per page.`,
      );
    }
    return existing;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A constructor may only be registered once per registry; a scoped registry reusing it lands here.
    console.warn(`kultur-widgets: could not define <${tag}>:`, error);
  }
  return registry.get(tag) ?? ctor;
}
