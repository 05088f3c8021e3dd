/** Kinds of personal data the kit masks in reports. */
export type PersonalDataKind = "phone" | "email" | "rrn" | "card" | "messenger";
