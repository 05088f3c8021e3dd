// privacy: finding and masking personal data in text shown in reports.
export { maskPersonalData } from "./maskPersonalData.js";
export { findPersonalData, type PersonalDataFinding } from "./findPersonalData.js";
export type { PersonalDataKind } from "./PersonalDataKind.js";
