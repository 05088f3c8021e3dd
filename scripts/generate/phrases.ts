import type { CategoryName } from "./kinds.js";

/** Fixed text fragments the listing writer draws from (titles, descriptions, violations). */
export const phrases = {
  titlePrefixes: [
    "[정품]",
    "[새상품]",
    "[미개봉]",
    "(급처)",
    "[S급]",
    "[풀박스]",
    "[택포]",
    "[국내정품]",
  ],
  colors: [
    ["블랙", "Black"],
    ["화이트", "White"],
    ["베이지", "Beige"],
    ["브라운", "Brown"],
    ["네이비", "Navy"],
    ["그레이", "Grey"],
    ["핑크", "Pink"],
  ],
  clothingSizes: ["S", "M", "L", "XL", "95", "100", "105", "FREE"],
  stations: ["강남", "홍대입구", "잠실", "서울", "수원", "부산 서면", "대전", "판교", "건대입구"],
  genuineSentences: [
    "상태 아주 좋습니다.",
    "한두 번 사용했어요.",
    "생활기스 조금 있습니다.",
    "새상품 미개봉입니다.",
    "박스 풀구성입니다.",
    "구매 영수증 있어요.",
    "네고 사절입니다.",
    "택배비 별도 3,500원.",
    "앱 채팅으로 문의주세요.",
    "반품은 어렵습니다.",
    "선물 받았는데 안 써서 팔아요.",
    "이사 가서 정리합니다.",
    "Worn twice, like new.",
    "Price is firm.",
  ],
  ticketSentences: [
    "모바일 티켓 양도입니다.",
    "일정이 안 맞아서 양도해요.",
    "좌석 위치 좋아요.",
    "정가 이하로 양도합니다.",
    "공연 전날까지 전달 가능해요.",
    "앱 채팅으로 문의주세요.",
  ],
  benignTraps: {
    refundIfFake: "가품 판정 시 100% 환불해 드립니다.",
    oneOnOne: "1:1 채팅 문의 환영합니다.",
    kakaoGift: "카카오톡 선물하기로도 보내드려요.",
    quickSale: "급처합니다.",
  },
  counterfeitMarks: ["[미러급]", "[SA급]", "[정품급]", "레플리카", "1:1", "이미테이션", "replica"],
  counterfeitSentences: [
    "퀄리티 최상입니다.",
    "정품과 동일한 소재 사용.",
    "각인 로고 완벽 재현.",
    "해외 배송 7~10일 소요.",
    "교환 환불 불가합니다.",
    "더스트백 포함.",
  ],
  counterfeitDescriptionMarks: ["정품급 퀄리티입니다.", "미러급 제품입니다.", "1:1 제작 상품."],
  waveSentences: [
    "퀄리티 최상입니다.",
    "해외 직배송 7~14일.",
    "사진은 실물 그대로입니다.",
    "수량 한정, 재입고 없음.",
    "Worldwide shipping, DM for more photos.",
  ],
  fraudSentences: [
    "선입금 확인 후 발송합니다.",
    "계좌이체만 가능해요.",
    "안전결제 불가합니다.",
    "택배거래만 합니다.",
  ],
  fraudCleanSentences: ["빠른 거래 원합니다.", "오늘 발송 가능합니다.", "수량 여러 개 있어요."],
  prohibitedSentences: [
    "비밀 포장 발송합니다.",
    "성인만 구매 가능.",
    "택배 박스에 내용물 표기 안 합니다.",
    "대량 구매 시 할인.",
  ],
  hostileTitles: [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    '=HYPERLINK("http://evil.example","클릭")',
    "'; DROP TABLE listings;--",
  ],
};

/** A prohibited item: its category, title, median price, and whether the title avoids keywords. */
export interface ProhibitedItem {
  category: CategoryName;
  title: string;
  price: number;
  evasive: boolean;
}

/**
 * Prohibited items; evasive ones carry no production keyword.
 * @example prohibitedItems.filter((item) => item.evasive).length; // 5
 */
export const prohibitedItems: readonly ProhibitedItem[] = [
  { category: "home", title: "전자담배 액상 니코틴 30ml 멘솔", price: 25_000, evasive: false },
  { category: "home", title: "니코틴 원액 100ml 고농도", price: 40_000, evasive: false },
  { category: "supplements", title: "비아그라 100mg 30정 Viagra", price: 50_000, evasive: false },
  { category: "supplements", title: "시알리스 20mg 처방전 없이", price: 60_000, evasive: false },
  { category: "supplements", title: "펜터민 다이어트약 한 달분", price: 80_000, evasive: false },
  { category: "supplements", title: "졸피뎀 10mg 수면제", price: 60_000, evasive: false },
  { category: "cosmetics", title: "스테로이드 연고 대용량", price: 45_000, evasive: false },
  { category: "sports", title: "가스총 호신용 풀세트", price: 150_000, evasive: false },
  { category: "sports", title: "석궁 컴파운드 풀세트", price: 300_000, evasive: false },
  { category: "sports", title: "실총 부품 슬라이드 G17", price: 250_000, evasive: false },
  { category: "sports", title: "진검 일본도 (장식용 아님)", price: 400_000, evasive: false },
  { category: "home", title: "액상 30ml 입호흡용 성인인증", price: 22_000, evasive: true },
  { category: "supplements", title: "파란약 100mg 30정", price: 45_000, evasive: true },
  { category: "supplements", title: "수면 도우미 Z 10mg 28정", price: 55_000, evasive: true },
  { category: "sports", title: "호신용 스프레이건 고압", price: 90_000, evasive: true },
  { category: "cosmetics", title: "근육 크림 아나바 성분", price: 70_000, evasive: true },
];
