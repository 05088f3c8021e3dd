/** Why an event was kept out of the stream: far ahead of its clock, far behind it, or no valid time. */
export type QuarantineKind = "future" | "past" | "invalid";
