// `server-only` throws when imported outside a React Server Component bundle.
// Vitest runs server code directly in Node, where that guard does not apply.
export {};
