// The kit's public surface: re-exports only.
export {};
