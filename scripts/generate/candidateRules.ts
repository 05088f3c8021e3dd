import type { ActionName, PolicyName, QueueName } from "./kinds.js";

/** One candidate rule as written to data/rules/candidate-rules.yaml: a rule proposed, not live. */
export interface CandidateRule {
  id: string;
  name: string;
  policy: PolicyName;
  action: ActionName;
  queue: QueueName;
  owner: string;
  description: string;
  normalize: "all";
  when: string;
}

/**
 * The sample's candidate rules: cf_keywords matched after normalisation, the answer to the evasion
 * wave (the disguises fold away, so `레 플 리 카` meets `레플리카` and `r3pl1ca` meets `replica`).
 * @example candidateRules.map((rule) => rule.id); // ["cf_keywords_normalized"]
 */
export const candidateRules: readonly CandidateRule[] = [
  {
    id: "cf_keywords_normalized",
    name: "Counterfeit keywords after normalisation",
    policy: "counterfeit",
    action: "review",
    queue: "counterfeit",
    owner: "counterfeit-team",
    description:
      "cf_keywords with NFKC, zero-width, case, look-alike, leetspeak and space folding.",
    normalize: "all",
    when: "title contains_any $counterfeit_keywords or description contains_any $counterfeit_keywords",
  },
];
