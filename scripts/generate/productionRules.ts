import type { ActionName, PolicyName, QueueName } from "./kinds.js";

/** One production rule as written to data/rules/production-rules.yaml. */
export interface ProductionRule {
  id: string;
  name: string;
  policy: PolicyName;
  action: ActionName;
  queue: QueueName;
  owner: string;
  description: string;
  enabled: boolean;
  version: number;
  updated_at: string;
  when: string;
}

const phoneV1 = String.raw`description ~ /01[016789][- ]?\d{3,4}[- ]?\d{4}/`;

/**
 * The three versions of rule contact_phone: before, the over-broad edit, and the rollback.
 * @example contactPhoneVersions[1].when; // the broken expression
 */
export const contactPhoneVersions = [
  { version: 1, updated_at: "2026-03-02T11:20:00+09:00", when: phoneV1 },
  {
    version: 2,
    updated_at: "2026-10-10T10:12:00+09:00",
    when: String.raw`description ~ /\d[\d -]{5,}\d/ or title ~ /\d{4,}/`,
  },
  { version: 3, updated_at: "2026-10-13T15:40:00+09:00", when: phoneV1 },
] as const;

/**
 * The production rules as of the end of the sample period (contact_phone rolled back to v3).
 * @example productionRules.map((rule) => rule.id);
 */
export const productionRules: readonly ProductionRule[] = [
  {
    id: "cf_keywords",
    name: "Counterfeit keywords in title or description",
    policy: "counterfeit",
    action: "review",
    queue: "counterfeit",
    owner: "counterfeit-team",
    description: "Replica/grade words sellers use for fakes (레플리카, 미러급, SA급, 1:1 …).",
    enabled: true,
    version: 4,
    updated_at: "2026-05-18T09:40:00+09:00",
    when: "title contains_any $counterfeit_keywords or description contains_any $counterfeit_keywords",
  },
  {
    id: "cf_luxury_low_price",
    name: "Luxury bag or watch priced under 150,000 KRW",
    policy: "counterfeit",
    action: "review",
    queue: "counterfeit",
    owner: "counterfeit-team",
    description: "A genuine luxury bag or watch is never this cheap.",
    enabled: true,
    version: 2,
    updated_at: "2026-04-07T14:05:00+09:00",
    when: 'brand in $luxury_brands and category in ("bags", "watches") and price_krw < 150000',
  },
  {
    id: "contact_phone",
    name: "Mobile phone number in description",
    policy: "off_platform_contact",
    action: "review",
    queue: "contact",
    owner: "contact-team",
    description: "Korean mobile numbers (010-xxxx-xxxx) move the deal off the platform.",
    enabled: true,
    ...contactPhoneVersions[2],
  },
  {
    id: "contact_messenger",
    name: "Messenger handle in description",
    policy: "off_platform_contact",
    action: "review",
    queue: "contact",
    owner: "contact-team",
    description: "KakaoTalk, open chat, Telegram, WeChat handles.",
    enabled: true,
    version: 3,
    updated_at: "2026-06-22T16:30:00+09:00",
    when: "description contains_any $contact_keywords",
  },
  {
    id: "prohibited_keywords",
    name: "Prohibited items",
    policy: "prohibited_item",
    action: "block",
    queue: "prohibited",
    owner: "prohibited-team",
    description: "E-liquid and nicotine, prescription drugs, weapons and weapon parts.",
    enabled: true,
    version: 5,
    updated_at: "2026-07-01T10:00:00+09:00",
    when: "title contains_any $prohibited_keywords or description contains_any $prohibited_keywords",
  },
  {
    id: "fraud_prepay",
    name: "Prepayment pressure on electronics and tickets",
    policy: "fraud",
    action: "review",
    queue: "fraud",
    owner: "fraud-team",
    description: "Bank-transfer-only and prepayment wording on high-value goods.",
    enabled: true,
    version: 1,
    updated_at: "2026-02-10T13:15:00+09:00",
    when: 'category in ("electronics", "tickets") and description contains_any $fraud_keywords',
  },
];
