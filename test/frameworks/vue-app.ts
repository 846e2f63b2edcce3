/** A Vue 3 app that uses the widgets in a template: `:prop` bindings set properties, `@kultur-load` listens. */
import { createApp, reactive } from 'vue';
import type { AppData, Seen } from './react-app.js';

/** Mounts the app into `container`; its state shows what the handlers got, so each event renders it again. */
export function mountVueApp(container: Element, data: AppData): { seen: Seen; unmount: () => void } {
  const seen: Seen = { loads: [], errors: [], badgeLoads: [], badgeErrors: [], formErrors: [], renders: 0 };
  const state = reactive({ status: 'wird geladen' });
  const copy = (value: unknown) => (value === undefined ? value : structuredClone(value));
  const app = createApp({
    setup: () => ({ state, data, copy, seen }),
    methods: {
      onLoad(e: CustomEvent) {
        seen.loads.push(e);
        state.status = `${e.detail.events.length} Termine, ${e.detail.problems.length} Problem(e)`;
      },
      onError(e: CustomEvent) {
        seen.errors.push(e);
        state.status = `Fehler: ${e.detail.error.kind}`;
      },
    },
    updated() {
      seen.renders++;
    },
    template: `<main>
      <p id="status">{{ state.status }}</p>
      <kultur-event-calendar id="calendar" month="2026-12" :events="copy(data.events)" @kultur-load="onLoad" @kultur-error="onError"></kultur-event-calendar>
      <kultur-membership-badge v-if="data.membership !== undefined" :membership="copy(data.membership)" @kultur-load="seen.badgeLoads.push($event)" @kultur-error="seen.badgeErrors.push($event)">
        <a href="https://laks-hessen.example/mitglieder">Mitglied der LAKS Hessen e.V.</a>
      </kultur-membership-badge>
      <kultur-ticket-reservation v-if="data.event !== undefined" :event="copy(data.event)" endpoint="/no-backend" privacy-url="/datenschutz.html" @kultur-error="seen.formErrors.push($event)"></kultur-ticket-reservation>
    </main>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('kultur-');
  app.mount(container);
  return { seen, unmount: () => app.unmount() };
}
