// The Korean catalog: typed against the English one, so a missing key fails typecheck.
import type { en } from "./en.js";

/** The Korean catalog. */
export const ko: typeof en = {
  report: {
    kicker: "TnS Kit 보고서",
    period: "기간",
    dataAsOf: "데이터 기준일",
    audience: "대상",
    notebook: "노트북",
    status: "상태",
    parameters: "매개변수",
    contents: "목차",
    incomplete: "이 보고서는 완전하지 않습니다.",
    incompleteColon: "이 보고서는 완전하지 않습니다:",
    cellFailed: (cell) => `셀 ${cell}이(가) 실패하여 그 뒤의 셀은 실행되지 않았습니다.`,
    goToError: "오류로 이동",
    notFinished: "노트북이 끝까지 실행되지 않았습니다.",
    noCoverage: "데이터가 보고 기준일까지 이르지 않습니다",
    afterThatDay: "그날 이후의 수치는 데이터가 아닙니다.",
    coverageComplete: (date, dataEnds) => `${date}까지의 데이터(데이터 끝: ${dataEnds})`,
    coverageIncomplete: (dataEnds, date) =>
      `데이터가 보고 기준일 ${date}보다 앞선 ${dataEnds}에 끝납니다`,
    codeLabel: { injected: "주입된 매개변수", parameters: "매개변수", code: "코드" },
    cellLabel: (label, cell) => `${label} (셀 ${cell})`,
    outputFailed: (cell, name) => `셀 ${cell} 실패: ${name}`,
    footer: (source) =>
      `TnS Kit이 ${source}에서 만든 보고서입니다. 외부 리소스 없이 이 파일 하나로 열리며, JavaScript 없이도 모두 읽을 수 있습니다.`,
    manifest: "실행 기록",
    manifestCode: "코드: git",
    manifestParameters: "매개변수:",
    defaults: "기본값",
    manifestColumns: ["데이터 파일", "읽은 방식", "바이트", "SHA-256 (앞 16자)"],
  },
  status: {
    ok: "완료",
    incomplete: "불완전",
    failed: "실패",
    invalid: "실행 안 됨",
  },
  index: {
    kicker: "TnS Kit",
    title: "신뢰·안전(T&S) 보고서",
    columns: ["보고서", "기간", "상태", "매개변수"],
    deck: "파워포인트 자료",
    workbook: "엑셀 통합 문서",
    atCell: (cell) => ` (셀 ${cell})`,
    notAll: (failed, total) => `보고서 ${total}개 중 ${failed}개가 완전히 만들어지지 않았습니다.`,
    all: (total) => `보고서 ${total}개를 모두 만들었습니다.`,
    footer: "TnS Kit이 만든 정적 페이지입니다. 어떤 브라우저에서든 오프라인으로 열 수 있습니다.",
    inputs: (inputs) => `데이터셋 입력 ${inputs}개의 해시:`,
  },
  cards: {
    kpiStatus: {
      met: "달성",
      at_risk: "위험",
      missed: "미달",
      no_data: "데이터 없음",
      partial: "진행 중, 판정 안 함",
    },
    target: "목표",
    owner: "담당:",
  },
  table: {
    rowsShown: (shown, total) => `전체 ${total}행 중 ${shown}행 표시.`,
    csvLink: "CSV\u00A0내려받기",
    csvLinkTitle: (rows) =>
      `표의 데이터(${rows}행)를 CSV(UTF-8)로 내려받기. 개인정보는 표와 같이 가려져 있습니다`,
    csvOmitted: "CSV 없음",
    csvOmittedTitle: (rows, limit) =>
      `CSV 내려받기 없음: 표가 ${rows}행으로, 보고서 페이지가 링크로 담는 ${limit}행보다 깁니다. htmlTable의 csvLimit을 올리거나 노트북에서 행을 걸러 주세요`,
    filterPlaceholder: "행 검색",
    filterLabel: "아래 표의 행 걸러내기",
    rowCount: "{n}행",
    rowsOf: "{total}행 중 {shown}행",
  },
  charts: {
    showNumbers: "수치 보기",
    noData: "데이터 없음",
    partialPeriod: " (진행 중인 기간)",
    dayTick: (month, day) => `${month}월 ${day}일`,
  },
  workbook: {
    contentsSheet: "목차",
    contentsColumns: ["시트", "표", "행 수", "비고"],
    report: "보고서",
    period: "기간",
    dataAsOf: "데이터 기준일",
    status: "상태",
    notebook: "노트북",
    parameters: "매개변수",
    statusText: {
      ok: "완료",
      incomplete: "불완전: 데이터가 보고 기준일까지 이르지 않습니다",
      failed: "실패: 셀 하나가 실패하여 그 뒤의 표가 없습니다",
    },
    tableWithoutData:
      "페이지에 보이는 그대로의 셀(텍스트): 이 표에는 데이터가 담긴 CSV 링크가 없었습니다",
  },
  deck: {
    statusLabel: {
      met: "달성",
      at_risk: "위험",
      missed: "미달",
      no_data: "데이터 없음",
      partial: "진행 중",
    },
    period: (period) => `기간: ${period}`,
    dataAsOf: (day) => `데이터 기준일: ${day}`,
    audience: (who) => `대상: ${who}`,
    stampDataAsOf: (day) => `데이터 기준일 ${day}`,
    incomplete: (note) => `불완전: ${note}`,
    madeBy: (source) => `TnS Kit이 ${source}에서 만들었습니다. 모든 수치는 HTML 보고서와 같습니다.`,
    kpis: "KPI 목표 대비 현황",
    page: (heading, page, pages) => `${heading} (${page}/${pages})`,
    target: (target) => `목표 ${target}`,
    decision: (n, title) => `결정 ${n}: ${title}`,
    impact: (text) => `효과: ${text}`,
    why: (text) => `근거: ${text}`,
    owner: (who) => `담당: ${who}`,
    decisions: "결정 사항",
    noDecision: "이번 기간에는 결정할 사항이 없습니다.",
    incidents: "사건",
  },
  summary: {
    period: (start, end, zone, previous) =>
      `${start} – ${end} 주간(${zone}), ${previous} 주간과 비교`,
    audience: "TnS·운영·정책·사업 책임자",
    kpiName: (title, grain, period) => `${title} (${[period, grain].filter(Boolean).join(" ")})`,
    noData: "데이터 없음",
    previous: (value) => ` · 직전 ${value}`,
    interval: (lower, upper) => ` · 95% 신뢰구간 ${lower}–${upper}`,
    n: (n) => `표본 ${n}`,
    trendTitle: "주별 정밀도와 추정 재현율",
    trendCaption: (end, precision, recall) =>
      `${end}까지의 완결된 주. 목표: 정밀도 ≥ ${precision}, 재현율 ≥ ${recall}. 재현율은 가중 감사 표본으로 추정했습니다.`,
    share: "비율",
    kpiTally: (met, total, missed, atRisk) =>
      `KPI **${total}개 중 ${met}개**가 목표를 달성했습니다. 미달 ${missed}개, 위험 ${atRisk}개. 자세한 내용과 추이: [KPI 대시보드](04-kpi-dashboard.html).`,
    rulesTitle: (title) => `규칙: ${title}`,
    thresholdsTitle: (title) => `임계값: ${title}`,
    kpiTitle: (title) => `KPI: ${title}`,
    evidence: (rationale, report) => `${rationale} 근거 보고서: ${report}.`,
    ruleBacktest: "규칙 백테스트",
    thresholdTuning: "임계값 조정",
    kpiAction: (title, higher, target, value, grain, period) =>
      `${title}을(를) ${target} ${higher ? "이상" : "이하"}으로 되돌려야 합니다. ${[period, grain].filter(Boolean).join(" ")}에 ${value}였습니다.`,
    kpiRationale:
      "이번 주 KPI 가운데 목표에서 가장 멀리 벗어났습니다. 근거 보고서: KPI 대시보드와 근본 원인 분석.",
    noDecision:
      "이번 주에는 결정할 사항이 없습니다. 데이터셋에 후보 규칙도, 조정할 모델도, 미달한 KPI도 없습니다.",
    detailReports: {
      evasion: "[사후 분석](07-post-mortem.html), [규칙 백테스트](02-rule-backtest.html)",
      rule_change: "[탐지 현황](01-detection-overview.html), [근본 원인](06-root-cause.html)",
      calibration_shift:
        "[임계값 조정](03-threshold-tuning.html), [스트림 모니터](05-stream-monitor.html)",
      feed_gap: "[KPI 대시보드](04-kpi-dashboard.html)",
      duplicate_events: "[스트림 모니터](05-stream-monitor.html)",
    },
    otherReports: "상세 보고서",
    noSegment: "구간 정보 없음",
    incident: (title, when, segment, text, evidence) =>
      `- **${title}** (${when}; ${segment}). ${text} 근거: ${evidence}.`,
    noIncident: (day) => `${day}까지 사건 기록이 없습니다.`,
    noIncidentLog:
      "데이터셋에 사건 기록이 없습니다(tns.yaml의 `incidents:`). 여기서 전할 내용이 없습니다.",
  },
  rules: {
    ship: (id) => `${id} 배포`,
    hold: (id) => `${id} 배포 보류`,
    addAction: (id, queue, closest) =>
      `${id}을(를) 운영에 추가합니다${queue ? `(검토 대기열 ${queue})` : ""}${closest ? `. 중복이 운영에서 확인될 때까지 ${closest}은(는) 유지합니다` : ""}.`,
    holdAction: (reason) => `규칙을 보류합니다: ${reason}.`,
    lowPrecision: (low, min) => `정밀도 하한 ${low}이(가) ${min}에 못 미칩니다`,
    falsePositives: (perDay, max) => `하루 오탐이 ${perDay}건 늘어 한도 ${max}건을 넘습니다`,
    noRecallGain: "기간 중 재현율을 높이지 못합니다",
    impact: (before, after, caught, falsePositives, perDay, precision, low, high, hits) =>
      `기간 재현율 ${before} → ${after}; 위반 추가 적발 +${caught}건, 오탐 +${falsePositives}건(하루 ${perDay}건); 적중 ${hits}건 기준 정밀도 ${precision} [${low}–${high}]`,
    unique: (unique, hits) => `적중 ${hits}건 중 ${unique}건은 이 규칙만 잡습니다`,
    disguise: (share) => `; 생성한 모든 우회 표기에서도 원래 잡던 것의 ${share} 이상을 잡습니다`,
    liveRule: (rule, share, kind) => `${rule}: ${kind}에서 ${share}`,
    owner: "탐지 담당자",
  },
  tuning: {
    verdict: {
      meets_targets: "목표 충족",
      not_enough_evidence: "아직 근거 부족",
      no_threshold_meets: "모든 목표를 충족할 수 없음",
      failed_next_period: "다음 기간에 확인되지 않음",
    },
    keep: (model, to) => `${model}을(를) ${to}로 유지`,
    move: (raise, model, from, to) =>
      `${model}을(를) ${from}에서 ${to}로 ${raise ? "올림" : "내림"}`,
    now: (from) => ` (현재 ${from})`,
    notYet: (to, now, confidence, labels) =>
      `아직 결정할 단계가 아닙니다. 추정으로는 ${to}${now}이(가) 낫지만, 목표가 지켜지는 부트스트랩 반복이 요구 기준 ${confidence}%에 못 미칩니다${labels !== undefined ? `. 라벨링된 상품이 약 ${labels}건 더 있으면 판단할 수 있습니다` : ""}.`,
    notConfirmed: (to, from) =>
      `결정이 아닙니다. ${to}은(는) 다음 기간에 확인되지 않았습니다${from ? `. ${from}을(를) 유지하고` : ""} 최근 라벨로 다시 조정하세요.`,
    noThreshold: (to, now) =>
      `모든 목표를 충족하는 임계값이 없습니다. 가장 가까운 값은 ${to}${now}입니다. 목표나 처리 용량을 다시 검토하세요.`,
    noCapacity: "처리 용량 미설정",
    capacity: (capacity, within) =>
      `처리 용량 하루 ${capacity}건${within ? ", 용량 이내" : ", 용량 초과"}`,
    impactChange: (pFrom, pTo, pBand, rFrom, rTo, rBand, queueDelta) =>
      `정밀도 ${pFrom} → ${pTo} [${pBand}], 재현율 ${rFrom} → ${rTo} [${rBand}], 대기열 하루 ${queueDelta}건`,
    impactNew: (precision, precisionBand, recall, recallBand) =>
      `정밀도 ${precision} [${precisionBand}], 재현율 ${recall} [${recallBand}]`,
    impactTail: (perDay, capacity, held) =>
      ` (하루 ${perDay}건, ${capacity}); 부트스트랩 반복의 ${held}에서 목표가 지켜집니다`,
    held: (share, target) =>
      `${share}(${{ precision: "정밀도", recall: "재현율", capacity: "용량" }[target]})`,
    heldAll: "전부",
    owner: (queue) => `${queue ?? "모델"} 대기열`,
    rationale: (verdict, warnings) =>
      ({
        meets_targets: "부트스트랩 반복에서 목표가 요구 신뢰도 이상으로 지켜집니다.",
        not_enough_evidence: "목표가 지켜진다는 근거가 요구 신뢰도에 못 미칩니다.",
        no_threshold_meets: "어떤 임계값도 정밀도·재현율·용량 목표를 함께 충족하지 못합니다.",
        failed_next_period:
          "앞 기간에서 고른 임계값이 다음 기간의 데이터에서 목표를 지키지 못했습니다.",
      })[verdict] + (warnings ? ` 주의할 점 ${warnings}건은 임계값 조정 보고서에 있습니다.` : ""),
  },
  // A day needs no word after its date ("2026년 10월 29일"); a week or month does.
  dashboard: {
    detail: (n, interval, owner) => `표본 ${n}${interval} · 담당 ${owner}`,
    interval: (lower, upper) => ` · 95% 신뢰구간 ${lower}–${upper}`,
    noTarget: "없음",
  },
  grain: { day: "", week: "주간", month: "월간" },
};
