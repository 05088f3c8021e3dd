import type { CategoryName } from "./kinds.js";

/** A brand as sellers write it: Korean name, English name (the `brand` column), counterfeit target. */
export interface Brand {
  ko: string;
  en: string;
  counterfeitTarget: boolean;
}

/** A sellable product: brand key ("" for unbranded), category, Korean and English names, median KRW. */
export interface Product {
  brand: string;
  category: CategoryName;
  ko: string;
  en: string;
  price: number;
}

/**
 * Brands by key; counterfeit targets are the brands counterfeiters copy.
 * @example brands.chanel.en; // "Chanel"
 */
export const brands: Record<string, Brand> = {
  chanel: { ko: "샤넬", en: "Chanel", counterfeitTarget: true },
  louisvuitton: { ko: "루이비통", en: "Louis Vuitton", counterfeitTarget: true },
  gucci: { ko: "구찌", en: "Gucci", counterfeitTarget: true },
  hermes: { ko: "에르메스", en: "Hermes", counterfeitTarget: true },
  prada: { ko: "프라다", en: "Prada", counterfeitTarget: true },
  dior: { ko: "디올", en: "Dior", counterfeitTarget: true },
  mcm: { ko: "엠씨엠", en: "MCM", counterfeitTarget: true },
  coach: { ko: "코치", en: "Coach", counterfeitTarget: false },
  nike: { ko: "나이키", en: "Nike", counterfeitTarget: true },
  adidas: { ko: "아디다스", en: "Adidas", counterfeitTarget: false },
  newbalance: { ko: "뉴발란스", en: "New Balance", counterfeitTarget: false },
  balenciaga: { ko: "발렌시아가", en: "Balenciaga", counterfeitTarget: true },
  converse: { ko: "컨버스", en: "Converse", counterfeitTarget: false },
  rolex: { ko: "롤렉스", en: "Rolex", counterfeitTarget: true },
  omega: { ko: "오메가", en: "Omega", counterfeitTarget: true },
  cartier: { ko: "까르띠에", en: "Cartier", counterfeitTarget: true },
  casio: { ko: "카시오", en: "Casio", counterfeitTarget: false },
  seiko: { ko: "세이코", en: "Seiko", counterfeitTarget: false },
  sulwhasoo: { ko: "설화수", en: "Sulwhasoo", counterfeitTarget: false },
  esteelauder: { ko: "에스티로더", en: "Estee Lauder", counterfeitTarget: false },
  innisfree: { ko: "이니스프리", en: "Innisfree", counterfeitTarget: false },
  apple: { ko: "애플", en: "Apple", counterfeitTarget: true },
  samsung: { ko: "삼성", en: "Samsung", counterfeitTarget: false },
  sony: { ko: "소니", en: "Sony", counterfeitTarget: false },
  nintendo: { ko: "닌텐도", en: "Nintendo", counterfeitTarget: false },
  lg: { ko: "LG전자", en: "LG", counterfeitTarget: false },
  dyson: { ko: "다이슨", en: "Dyson", counterfeitTarget: true },
  cheongkwanjang: { ko: "정관장", en: "CheongKwanJang", counterfeitTarget: false },
  chongkundang: { ko: "종근당", en: "Chong Kun Dang", counterfeitTarget: false },
  gnc: { ko: "GNC", en: "GNC", counterfeitTarget: false },
  moncler: { ko: "몽클레르", en: "Moncler", counterfeitTarget: true },
  stoneisland: { ko: "스톤아일랜드", en: "Stone Island", counterfeitTarget: true },
  burberry: { ko: "버버리", en: "Burberry", counterfeitTarget: true },
  musinsa: { ko: "무신사 스탠다드", en: "Musinsa Standard", counterfeitTarget: false },
  uniqlo: { ko: "유니클로", en: "Uniqlo", counterfeitTarget: false },
  ikea: { ko: "이케아", en: "IKEA", counterfeitTarget: false },
  locknlock: { ko: "락앤락", en: "LocknLock", counterfeitTarget: false },
  hanssem: { ko: "한샘", en: "Hanssem", counterfeitTarget: false },
  lego: { ko: "레고", en: "LEGO", counterfeitTarget: true },
  bandai: { ko: "반다이", en: "Bandai", counterfeitTarget: false },
  pokemon: { ko: "포켓몬", en: "Pokemon", counterfeitTarget: true },
  titleist: { ko: "타이틀리스트", en: "Titleist", counterfeitTarget: true },
  callaway: { ko: "캘러웨이", en: "Callaway", counterfeitTarget: false },
  yonex: { ko: "요넥스", en: "Yonex", counterfeitTarget: false },
};

type Row = [brand: string, ko: string, en: string, price: number];

const rows: Record<CategoryName, Row[]> = {
  bags: [
    ["chanel", "클래식 플랩백 미디움", "Classic Flap Medium", 6_500_000],
    ["chanel", "보이백 뉴미디움", "Boy Bag", 5_800_000],
    ["chanel", "WOC 체인지갑", "Wallet on Chain", 3_300_000],
    ["louisvuitton", "네버풀 MM", "Neverfull MM", 2_400_000],
    ["louisvuitton", "스피디 반둘리에 25", "Speedy Bandouliere 25", 2_300_000],
    ["louisvuitton", "포쉐트 메티스", "Pochette Metis", 3_500_000],
    ["gucci", "GG 마몽 숄더백", "GG Marmont Shoulder", 2_100_000],
    ["gucci", "재키 1961 호보백", "Jackie 1961", 3_200_000],
    ["hermes", "버킨 30 토고", "Birkin 30 Togo", 18_000_000],
    ["hermes", "켈리 28", "Kelly 28", 15_000_000],
    ["prada", "리나일론 호보백", "Re-Nylon Hobo", 1_600_000],
    ["prada", "갤러리아 사피아노", "Galleria Saffiano", 3_900_000],
    ["dior", "레이디 디올 미디움", "Lady Dior Medium", 7_500_000],
    ["dior", "새들백", "Saddle Bag", 4_900_000],
    ["mcm", "스타크 백팩 미디움", "Stark Backpack", 890_000],
    ["coach", "태비 숄더백 26", "Tabby Shoulder 26", 450_000],
    ["", "캔버스 에코백", "Canvas Eco Bag", 25_000],
    ["", "소가죽 크로스백", "Leather Crossbody", 69_000],
    ["", "노트북 백팩 15인치", "Laptop Backpack", 45_000],
  ],
  shoes: [
    ["nike", "에어포스1 07 화이트", "Air Force 1 '07", 139_000],
    ["nike", "덩크 로우 범고래", "Dunk Low Panda", 129_000],
    ["nike", "조던1 레트로 하이 시카고", "Jordan 1 Retro High", 350_000],
    ["adidas", "삼바 OG 화이트", "Samba OG", 139_000],
    ["adidas", "가젤 인도어", "Gazelle Indoor", 139_000],
    ["newbalance", "993 그레이", "993 Grey", 259_000],
    ["newbalance", "530 화이트 실버", "530 White Silver", 119_000],
    ["balenciaga", "트리플S 스니커즈", "Triple S", 1_350_000],
    ["balenciaga", "스피드러너", "Speed Runner", 1_050_000],
    ["converse", "척70 하이 블랙", "Chuck 70 Hi", 95_000],
    ["", "쿠션 런닝화", "Running Shoes", 39_000],
    ["", "EVA 슬리퍼", "Slides", 15_000],
  ],
  watches: [
    ["rolex", "서브마리너 데이트 126610LN", "Submariner Date", 15_500_000],
    ["rolex", "데이토나 116500LN 화이트", "Daytona", 38_000_000],
    ["rolex", "데이저스트 41 민트", "Datejust 41", 13_000_000],
    ["omega", "스피드마스터 문워치", "Speedmaster Moonwatch", 9_500_000],
    ["omega", "씨마스터 다이버 300M", "Seamaster Diver 300M", 7_800_000],
    ["cartier", "탱크 머스트 라지", "Tank Must Large", 4_500_000],
    ["cartier", "산토스 미디움", "Santos Medium", 10_500_000],
    ["casio", "지샥 DW-5600 스퀘어", "G-Shock DW-5600", 129_000],
    ["casio", "AE-1200 카시오크", "AE-1200WH", 45_000],
    ["seiko", "프레사지 칵테일 타임", "Presage Cocktail Time", 550_000],
    ["", "가죽 시계줄 20mm", "Leather Strap 20mm", 19_000],
  ],
  cosmetics: [
    ["chanel", "N°5 오 드 빠르펭 100ml", "No.5 EDP 100ml", 260_000],
    ["dior", "소바쥬 EDT 100ml", "Sauvage EDT 100ml", 190_000],
    ["dior", "어딕트 립 글로우", "Addict Lip Glow", 52_000],
    ["sulwhasoo", "자음생크림 60ml", "Ginseng Cream 60ml", 250_000],
    ["sulwhasoo", "윤조에센스 90ml", "First Care Serum 90ml", 120_000],
    ["esteelauder", "갈색병 세럼 50ml", "Advanced Night Repair 50ml", 155_000],
    ["innisfree", "그린티 씨드 세럼", "Green Tea Seed Serum", 27_000],
    ["", "수분 크림 대용량", "Moisture Cream", 15_000],
  ],
  electronics: [
    ["apple", "아이폰 15 프로 256GB", "iPhone 15 Pro 256GB", 1_250_000],
    ["apple", "에어팟 프로 2세대", "AirPods Pro 2", 290_000],
    ["apple", "맥북 에어 M3 13인치", "MacBook Air M3 13", 1_390_000],
    ["apple", "아이패드 에어 11 M2", "iPad Air 11", 850_000],
    ["samsung", "갤럭시 S24 울트라 512GB", "Galaxy S24 Ultra", 1_150_000],
    ["samsung", "갤럭시 버즈3 프로", "Galaxy Buds3 Pro", 210_000],
    ["sony", "WH-1000XM5 헤드폰", "WH-1000XM5", 360_000],
    ["sony", "플레이스테이션5 슬림 디스크", "PS5 Slim", 590_000],
    ["nintendo", "스위치 OLED 화이트", "Switch OLED", 330_000],
    ["lg", "그램 16 2024", "gram 16", 1_450_000],
    ["dyson", "에어랩 멀티 스타일러", "Airwrap Complete", 650_000],
    ["", "고속 충전기 65W", "65W GaN Charger", 25_000],
    ["", "블루투스 스피커", "Bluetooth Speaker", 35_000],
  ],
  supplements: [
    ["cheongkwanjang", "홍삼정 에브리타임 30포", "Everytime Red Ginseng", 95_000],
    ["chongkundang", "락토핏 골드 90포", "Lactofit Gold", 28_000],
    ["gnc", "트리플 스트렝스 오메가3", "Triple Strength Fish Oil", 45_000],
    ["", "비타민C 1000 300정", "Vitamin C 1000", 19_000],
    ["", "단백질 쉐이크 초코 2kg", "Protein Shake 2kg", 49_000],
  ],
  fashion: [
    ["nike", "테크플리스 조거팬츠", "Tech Fleece Jogger", 139_000],
    ["adidas", "파이어버드 트랙탑", "Firebird Track Top", 99_000],
    ["moncler", "마야 패딩 블랙", "Maya Down Jacket", 2_600_000],
    ["stoneisland", "와펜 맨투맨", "Badge Sweatshirt", 480_000],
    ["burberry", "켄싱턴 트렌치코트", "Kensington Trench", 3_100_000],
    ["musinsa", "울 블렌드 오버핏 코트", "Wool Blend Coat", 99_000],
    ["uniqlo", "히트텍 크루넥 티셔츠", "Heattech Crew Neck", 14_900],
    ["", "니트 가디건", "Knit Cardigan", 29_000],
    ["", "와이드 데님 팬츠", "Wide Denim Pants", 35_000],
  ],
  home: [
    ["ikea", "포엥 암체어", "POANG Armchair", 119_000],
    ["locknlock", "밀폐용기 10종 세트", "Container Set", 29_000],
    ["hanssem", "원목 책상 1200", "Wood Desk 1200", 180_000],
    ["", "극세사 이불 퀸", "Microfiber Blanket", 39_000],
    ["", "LED 스탠드", "LED Desk Lamp", 25_000],
    ["", "에어프라이어 5.5L", "Air Fryer 5.5L", 59_000],
  ],
  toys: [
    ["lego", "테크닉 포르쉐 911 42096", "Technic Porsche 911", 189_000],
    ["lego", "스타워즈 밀레니엄 팔콘 75257", "Millennium Falcon", 199_000],
    ["bandai", "MG 유니콘 건담", "MG Unicorn Gundam", 75_000],
    ["pokemon", "포켓몬카드 151 부스터박스", "Pokemon 151 Booster Box", 160_000],
    ["", "원목 블록 100pcs", "Wooden Blocks", 25_000],
  ],
  tickets: [
    ["", "아이유 콘서트 VIP석 2연석", "IU Concert VIP", 330_000],
    ["", "세븐틴 콘서트 플로어", "SEVENTEEN Concert Floor", 250_000],
    ["", "뮤지컬 레미제라블 R석", "Les Miserables R seat", 150_000],
    ["", "KBO 포스트시즌 1루 테이블석", "KBO Postseason Table Seat", 120_000],
    ["", "싸이 흠뻑쇼 스탠딩", "PSY Summer Swag Standing", 165_000],
  ],
  sports: [
    ["titleist", "Pro V1 골프공 1더즌", "Pro V1 Golf Balls", 69_000],
    ["titleist", "T100 아이언 세트", "T100 Irons", 1_600_000],
    ["callaway", "패러다임 드라이버 10.5", "Paradym Driver", 550_000],
    ["yonex", "아스트록스 88D 프로", "Astrox 88D Pro", 240_000],
    ["", "요가매트 10mm", "Yoga Mat 10mm", 22_000],
    ["", "덤벨 10kg 세트", "Dumbbell Set 10kg", 55_000],
    ["", "캠핑 릴렉스 체어", "Camping Chair", 39_000],
  ],
};

/**
 * Products by category.
 * @example productsByCategory.bags[0].en; // "Classic Flap Medium"
 */
export const productsByCategory = Object.fromEntries(
  Object.entries(rows).map(([category, list]) => [
    category,
    list.map(([brand, ko, en, price]) => ({ brand, category, ko, en, price }) as Product),
  ]),
) as Record<CategoryName, Product[]>;
