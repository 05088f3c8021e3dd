// Every user-facing message of the data generator, in one template: what is invalid, the value, the fix.

export const notPositiveInteger = (option: string, value: unknown) =>
  `${option} must be a positive integer, got ${JSON.stringify(value)}; e.g. ${option} 90`;

export const seedNotInteger = (value: unknown) =>
  `--seed must be an integer, got ${JSON.stringify(value)}; e.g. --seed 42`;

export const tooFewRows = (rows: number, days: number) =>
  `--rows ${rows} is fewer than one listing per day over --days ${days}; use --rows ${days} or more`;
