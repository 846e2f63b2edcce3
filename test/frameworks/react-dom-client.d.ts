// The package has no types of its own and @types/react-dom is not installed: what the test app uses.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(node: ReactNode): void; unmount(): void };
}
