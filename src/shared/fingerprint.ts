/** Data as text, to tell equal data handed over again from new data; `undefined` when it cannot be written (then it counts as changed). */
export function fingerprint(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
