import { describe, expect, it } from "vitest";
import { csvDataUri, csvFromDataUri, isCsvDataUri } from "../../lib/export/csvDataUri.js";

describe("csvDataUri", () => {
  it("csvDataUri starts with text/csv, UTF-8 and the byte-order mark and keeps only inert characters", () => {
    const uri = csvDataUri("제목,price\r\n\"가 품\",'(x)*!'\r\n");
    expect(uri.startsWith("data:text/csv;charset=utf-8,%EF%BB%BF")).toBe(true);
    expect(uri.slice(uri.indexOf(",") + 1)).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(uri).toContain("%EC%A0%9C%EB%AA%A9"); // 제목
    expect(csvFromDataUri(uri)).toBe("제목,price\r\n\"가 품\",'(x)*!'\r\n");
    expect(isCsvDataUri(uri)).toBe(true);
  });

  it("isCsvDataUri refuses other media types, raw characters, broken escapes and missing byte-order marks", () => {
    const good = csvDataUri("a,b\r\n");
    for (const bad of [
      "data:text/html;charset=utf-8,%EF%BB%BF%3Cscript%3E",
      "data:text/csv;charset=utf-8,a,b",
      "data:text/csv;charset=utf-8,a%2Cb",
      `${good}"onmouseover=x`,
      `${good}<`,
      `${good}%G0`,
      `${good}%4`,
      `${good} `,
      "DATA:text/csv;charset=utf-8,%EF%BB%BFa",
      "javascript:alert(1)",
    ])
      expect(isCsvDataUri(bad), bad).toBe(false);
    expect(csvFromDataUri(`${good}%FF`)).toBeUndefined(); // not UTF-8
  });

  it("csvDataUri makes valid UTF-8 of a lone surrogate", () => {
    expect(csvFromDataUri(csvDataUri("a\udc00"))).toBe("a\ufffd");
  });
});
