import type { CategoryName } from "./kinds.js";
import { disguisedBrand, disguisedKeyword } from "./obfuscate.js";
import { phrases } from "./phrases.js";
import { brands, type Product } from "./products.js";
import type { Random } from "./random.js";

const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function letters(rng: Random, count: number): string {
  let text = "";
  for (let i = 0; i < count; i += 1) text += LETTERS[rng.int(0, LETTERS.length - 1)];
  return text;
}

function digits(rng: Random, count: number): string {
  let text = String(rng.int(1, 9));
  for (let i = 1; i < count; i += 1) text += String(rng.int(0, 9));
  return text;
}

/** Groups thousands with commas without locale APIs. */
function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function attribute(rng: Random, category: CategoryName): string {
  if (category === "shoes") return `${rng.int(23, 29) * 10 + (rng.chance(0.5) ? 5 : 0)}mm`;
  if (category === "fashion") return rng.pick(phrases.clothingSizes);
  if (category === "bags" || category === "electronics") return rng.pick(phrases.colors)[0];
  if (category === "watches") return `${rng.int(2019, 2026)}년식`;
  return "";
}

function modelCode(rng: Random, category: CategoryName): string {
  if (category === "shoes") return `${letters(rng, 2)}${digits(rng, 4)}-${digits(rng, 3)}`;
  if (category === "electronics") return `${letters(rng, 2)}-${letters(rng, 1)}${digits(rng, 3)}N`;
  if (category === "watches") return `${digits(rng, 6)}${letters(rng, 2)}`;
  return `${letters(rng, 2)}${digits(rng, 4)}`;
}

function joinWords(parts: readonly string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}

/**
 * A genuine listing title, Korean first with the English name often appended.
 * @example genuineTitle(rng, product); // "[정품] 샤넬 클래식 플랩백 미디움 블랙 Chanel Classic Flap Medium"
 */
export function genuineTitle(rng: Random, product: Product): string {
  const brand = product.brand ? brands[product.brand] : undefined;
  return joinWords([
    rng.chance(0.3) ? rng.pick(phrases.titlePrefixes) : "",
    brand?.ko ?? "",
    product.ko,
    attribute(rng, product.category),
    rng.chance(0.5) ? joinWords([brand?.en ?? "", product.en]) : "",
  ]);
}

/**
 * A counterfeit title: mostly an explicit replica mark, sometimes none (left to the model).
 * @example counterfeitTitle(rng, product, true); // "[미러급] 구찌 GG 마몽 숄더백 블랙 Gucci GG Marmont Shoulder"
 */
export function counterfeitTitle(rng: Random, product: Product, marked: boolean): string {
  const brand = brands[product.brand];
  const mark = marked ? rng.pick(phrases.counterfeitMarks) : "";
  return joinWords([
    mark,
    brand.ko,
    product.ko,
    attribute(rng, product.category),
    rng.chance(0.6) ? `${brand.en} ${product.en}` : "",
  ]);
}

/**
 * An evasion-wave title: brand and replica mark both disguised, nothing a substring rule can see.
 * @example waveTitle(rng, product); // "샤 넬 클래식 플랩백 미디움 r3pl1ca 블랙"
 */
export function waveTitle(rng: Random, product: Product): string {
  const brand = brands[product.brand];
  return joinWords([
    disguisedBrand(rng, product.brand, brand.ko),
    product.ko,
    disguisedKeyword(rng),
    attribute(rng, product.category),
    rng.chance(0.3) ? product.en : "",
  ]);
}

/**
 * A genuine description: two to four everyday sentences, often a model code or purchase price
 * (digit runs the over-broad contact_phone v2 matches).
 * @example genuineDescription(rng, product, 129_000); // "상태 아주 좋습니다. 모델명 CW2288-111"
 */
export function genuineDescription(rng: Random, product: Product, price: number): string {
  const sentences: string[] = [];
  const tickets = product.category === "tickets";
  const pool = tickets ? phrases.ticketSentences : phrases.genuineSentences;
  const count = rng.int(2, 4);
  for (let i = 0; i < count; i += 1) sentences.push(rng.pick(pool));
  if (!tickets && rng.chance(0.45)) sentences.push(`모델명 ${modelCode(rng, product.category)}`);
  if (rng.chance(0.35)) {
    const paid = Math.round((price * rng.between(1.1, 1.6)) / 1000) * 1000;
    sentences.push(`구매가 ${rng.chance(0.5) ? withCommas(paid) : String(paid)}원`);
  }
  if (!tickets && rng.chance(0.2))
    sentences.push(`직거래는 ${rng.pick(phrases.stations)}역에서 가능해요.`);
  return [...new Set(sentences)].join(" ");
}

/**
 * Text that moves the deal off the platform: a phone number, a messenger handle, or a disguised one.
 * @example contactSnippet(rng); // "010-4821-3307 로 문자 주세요"
 */
export function contactSnippet(rng: Random): string {
  const handle = `${letters(rng, 3).toLowerCase()}${digits(rng, 3)}`;
  const mid = digits(rng, 4);
  const last = String(rng.int(0, 9999)).padStart(4, "0");
  const r = rng.uniform();
  if (r < 0.22) return `010-${mid}-${last} 로 문자 주세요`;
  if (r < 0.32) return `연락처 010 ${mid} ${last}`;
  if (r < 0.4) return `문의 010${mid}${last}`;
  if (r < 0.47) return `공일공 ${mid} ${last} 연락주세요`;
  if (r < 0.52) return `010.${mid}.${last} 문자만`;
  if (r < 0.66) return `카톡 ID: ${handle}`;
  if (r < 0.74) return `카카오톡 ${handle} 로 연락주세요`;
  if (r < 0.8) return `오픈채팅 '${handle}' 검색`;
  if (r < 0.9) return `텔레그램 문의 @${handle}`;
  if (r < 0.95) return `ㅋㅌ ${handle} 추가해주세요`;
  return `텔레 @${handle} 로 주세요`;
}
