/** A React 19 app that uses the widgets as a developer at another centre would: properties and `on` + event name. */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

type Listener = (event: CustomEvent) => void;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'kultur-event-calendar': { events?: unknown; month?: string; id?: string; 'onkultur-load'?: Listener; 'onkultur-error'?: Listener };
      'kultur-membership-badge': { membership?: unknown; 'onkultur-load'?: Listener; 'onkultur-error'?: Listener; children?: React.ReactNode };
      'kultur-ticket-reservation': { event?: unknown; endpoint?: string; 'privacy-url'?: string; 'onkultur-error'?: Listener };
    }
  }
}

export interface AppData {
  events: unknown;
  membership?: unknown;
  event?: unknown;
}

export interface Seen {
  loads: CustomEvent[];
  errors: CustomEvent[];
  badgeLoads: CustomEvent[];
  badgeErrors: CustomEvent[];
  formErrors: CustomEvent[];
  renders: number;
}

/** Shows what the handlers got in state, so every event renders the app again (with a fresh copy of the data). */
function App({ data, seen }: { data: AppData; seen: Seen }) {
  const [status, setStatus] = useState('wird geladen');
  seen.renders++;
  const copy = <T,>(value: T): T => (value === undefined ? value : structuredClone(value));
  return (
    <main>
      <p id="status">{status}</p>
      <kultur-event-calendar
        id="calendar"
        month="2026-12"
        events={copy(data.events)}
        onkultur-load={(e) => {
          seen.loads.push(e);
          setStatus(`${e.detail.events.length} Termine, ${e.detail.problems.length} Problem(e)`);
        }}
        onkultur-error={(e) => {
          seen.errors.push(e);
          setStatus(`Fehler: ${e.detail.error.kind}`);
        }}
      />
      {data.membership !== undefined && (
        <kultur-membership-badge membership={copy(data.membership)} onkultur-load={(e) => seen.badgeLoads.push(e)} onkultur-error={(e) => seen.badgeErrors.push(e)}>
          <a href="https://laks-hessen.example/mitglieder">Mitglied der LAKS Hessen e.V.</a>
        </kultur-membership-badge>
      )}
      {data.event !== undefined && <kultur-ticket-reservation event={copy(data.event)} endpoint="/no-backend" privacy-url="/datenschutz.html" onkultur-error={(e) => seen.formErrors.push(e)} />}
    </main>
  );
}

/** Renders the app into `container`; `seen` collects what its handlers received. */
export function mountReactApp(container: Element, data: AppData): { seen: Seen; unmount: () => void } {
  const seen: Seen = { loads: [], errors: [], badgeLoads: [], badgeErrors: [], formErrors: [], renders: 0 };
  const root = createRoot(container);
  root.render(<App data={data} seen={seen} />);
  return { seen, unmount: () => root.unmount() };
}
