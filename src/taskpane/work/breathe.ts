/** A pause that lets the page paint and answer between two slices of work on the main thread (a macrotask: a resolved promise would not let it). */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
