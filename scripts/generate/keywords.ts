/**
 * The production keyword lists, written to data/lists/<name>.txt and mirrored by the generator's
 * rule logic (case-insensitive substring match, no normalisation — which is what evaders exploit).
 * @example keywordLists.counterfeit_keywords.includes("레플리카"); // true
 */
export const keywordLists = {
  counterfeit_keywords: [
    "레플리카",
    "레플",
    "이미테이션",
    "가품",
    "짝퉁",
    "정품급",
    "미러급",
    "SA급",
    "1:1",
    "replica",
    "imitation",
    "mirror grade",
  ],
  contact_keywords: [
    "카톡",
    "카카오톡",
    "오픈채팅",
    "텔레그램",
    "telegram",
    "kakao",
    "라인 아이디",
    "위챗",
    "wechat",
  ],
  prohibited_keywords: [
    "전자담배 액상",
    "니코틴",
    "비아그라",
    "시알리스",
    "처방전 없이",
    "펜터민",
    "졸피뎀",
    "스테로이드",
    "가스총",
    "석궁",
    "실총",
    "총기 부품",
    "진검",
    "viagra",
    "nicotine",
  ],
  fraud_keywords: ["선입금", "계좌이체만", "안전결제 불가", "택배거래만", "급처"],
  luxury_brands: [
    "Chanel",
    "Louis Vuitton",
    "Gucci",
    "Hermes",
    "Prada",
    "Dior",
    "Rolex",
    "Omega",
    "Cartier",
    "Balenciaga",
    "Moncler",
    "Burberry",
  ],
} as const;

/** The name of one keyword list. */
export type KeywordListName = keyof typeof keywordLists;
