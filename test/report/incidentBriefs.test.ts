import { describe, expect, it } from "vitest";
import type { Incident } from "../../lib/dataset/readIncidents.js";
import { incidentBriefs } from "../../lib/report/incidentBriefs.js";

describe("incidentBriefs", () => {
  const incidents: Incident[] = [
    {
      id: "b",
      kind: "feed_gap",
      title: "Reviews export stopped",
      start: "2026-10-21T23:30:00+09:00",
      end: "2026-10-23T02:00:00+09:00",
      mechanism: "The export job failed. Nobody was paged. It was fixed later.",
    },
    {
      id: "a",
      kind: "evasion",
      title: "Spaced keywords",
      start: "2026-10-20T09:30:00+09:00",
      end: "2026-10-20T18:00:00+09:00",
      segment: { queue: "counterfeit", sub_category: ["bags", "shoes"] },
      mechanism: "Sellers spaced out brand names. The rule missed them. More detail.",
      ko: { title: "띄어 쓴 키워드", mechanism: "판매자가 띄어 썼습니다. 규칙이 놓쳤습니다. 더." },
    },
    {
      id: "c",
      kind: "novel",
      title: "Later",
      start: "2026-10-26T00:30:00+09:00",
      end: "2026-10-26T01:00:00+09:00",
    },
  ];

  it("incidentBriefs tells the incidents started by a day, oldest first, in a line each", () => {
    expect(incidentBriefs(incidents, { through: "2026-10-25" })).toEqual([
      {
        title: "Spaced keywords",
        when: "2026-10-20 09:30–18:00",
        segment: "queue counterfeit, sub category bags/shoes",
        text: "Sellers spaced out brand names. The rule missed them.",
        evidence: "[post-mortem](07-post-mortem.html), [rule backtest](02-rule-backtest.html)",
      },
      {
        title: "Reviews export stopped",
        when: "2026-10-21 – 2026-10-23",
        segment: "no segment given",
        text: "The export job failed. Nobody was paged.",
        evidence: "[KPI dashboard](04-kpi-dashboard.html)",
      },
    ]);
  });

  it("incidentBriefs counts a start by its day in the dataset's zone and keeps all without through", () => {
    // 00:30 on the 26th in Seoul is the 25th in UTC: still after the 25th here.
    expect(incidentBriefs(incidents, { through: "2026-10-25" }).map((b) => b.title)).not.toContain(
      "Later",
    );
    const all = incidentBriefs(incidents);
    expect(all.map((b) => b.title)).toEqual(["Spaced keywords", "Reviews export stopped", "Later"]);
    expect(all[2]).toMatchObject({ text: "", evidence: "the detailed reports" });
  });

  it("incidentBriefs reads times and the day an incident starts in the dataset's zone", () => {
    const utc = incidentBriefs(incidents, { through: "2026-10-25", zone: "UTC" });
    // 00:30 on the 26th in Seoul is 15:30 on the 25th in UTC: started by the 25th there.
    expect(utc.map((b) => b.title)).toContain("Later");
    expect(utc[0].when).toBe("2026-10-20 00:30–09:00");
  });

  it("incidentBriefs writes in the report's language and returns [] without incidents", () => {
    const [brief] = incidentBriefs(incidents.slice(1, 2), { lang: "ko" });
    expect(brief.title).toBe("띄어 쓴 키워드");
    expect(brief.text).toBe("판매자가 띄어 썼습니다. 규칙이 놓쳤습니다.");
    expect(incidentBriefs([])).toEqual([]);
  });
});
