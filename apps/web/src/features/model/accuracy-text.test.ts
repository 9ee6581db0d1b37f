import { describe, expect, it } from "vitest";
import { answeredParts, answeredSentence, formatGap, per100, segmentStatus, calibrationSummary, coverageSentence, coverageStatus, errorSentence, errorStatus, segmentSentence } from "./accuracy-text";
import { readEvalReport } from "./eval-report";
import { fullReport, metrics } from "./eval-report.fixture";

describe("sentences from the numbers", () => {
  it("says how close half of real salaries came, next to the baseline when there is one", () => {
    expect(errorSentence(metrics(0.1934, 0.47), metrics(0.2516, 0.47))).toBe(
      "Half of real salaries were within 19 % of our middle figure (a plain median by experience level: within 25 %).",
    );
    expect(errorSentence(metrics(0.206, 0.47), undefined)).toBe("Half of real salaries were within 21 % of our middle figure.");
  });

  it("says what share fell inside the range and the target range", () => {
    expect(coverageSentence(metrics(0.2, 0.469), [0.45, 0.55])).toBe(
      "47 % of real salaries fell inside our p25–p75 range; an honest range holds about half (target 45–55 %).",
    );
    expect(coverageSentence(metrics(0.2, 0.6), undefined)).toBe("60 % of real salaries fell inside our p25–p75 range; an honest range holds about half.");
  });

  it("gives each segment its error, coverage and the least coverage wanted", () => {
    const entry = readEvalReport(fullReport).byLevel![0]!;
    expect(segmentSentence(entry, 0.4)).toBe(
      "Entry level: half of 100 real salaries were within 27 % of our middle figure; 41 % fell inside the range (at least 40 % wanted).",
    );
    expect(segmentSentence({ ...entry, model: metrics(0.3, 0.375, 216) }, undefined)).toBe(
      "Entry level: half of 216 real salaries were within 30 % of our middle figure; 38 % fell inside the range.",
    );
    expect(segmentSentence({ ...entry, model: metrics(0.2, 0.46, 22174) }, 0.4)).toContain("half of 22,174 real salaries");
  });
});

describe("targets", () => {
  it("checks coverage against a range or a minimum, and says unknown without one", () => {
    expect(coverageStatus(0.47, [0.45, 0.55])).toBe("met");
    expect(coverageStatus(0.56, [0.45, 0.55])).toBe("missed");
    expect(coverageStatus(0.375, 0.4)).toBe("missed");
    expect(coverageStatus(0.4, 0.4)).toBe("met");
    expect(coverageStatus(0.5, undefined)).toBe("unknown");
    expect(coverageStatus(undefined, 0.4)).toBe("unknown");
  });

  it("does not judge a segment with fewer rows than the report judges", () => {
    const [oceania, northAmerica] = readEvalReport(fullReport).byRegion!;
    expect(segmentStatus(oceania!, 0.4, 30)).toBe("too-few");
    expect(segmentStatus(oceania!, 0.4, undefined)).toBe("missed");
    expect(segmentStatus(northAmerica!, 0.4, 30)).toBe("met");
    expect(segmentSentence(oceania!, 0.4, 30)).toBe(
      "Australia and New Zealand: half of 12 real salaries were within 30 % of our middle figure; 25 % fell inside the range (too few salaries to judge).",
    );
  });

  it("checks the error ratio against its maximum", () => {
    expect(errorStatus(0.77, 0.8)).toBe("met");
    expect(errorStatus(0.81, 0.8)).toBe("missed");
    expect(errorStatus(undefined, 0.8)).toBe("unknown");
  });
});

describe("titles answered", () => {
  it("takes the shares the report states", () => {
    const parts = answeredParts(readEvalReport(fullReport));
    expect(parts.map((p) => [p.key, p.share, p.count])).toEqual([
      ["mapped", 0.9, 270],
      ["lowConfidence", 0.09, 27],
      ["unanswered", 0.01, 3],
    ]);
    expect(answeredSentence(parts)).toBe(
      "Of every 100 job titles in the test year, 90 mapped to a role, 9 got the likeliest role's estimate with low confidence and 1 got no answer.",
    );
  });

  it("derives shares from the counts when the report gives only counts", () => {
    const parts = answeredParts(readEvalReport({ counts: { testRows: 200, mapped: 150, lowConfidence: 46, unanswered: 4 } }));
    expect(parts.map((p) => p.share)).toEqual([0.75, 0.23, 0.02]);
  });

  it("leaves unknown what an older report does not measure", () => {
    const parts = answeredParts(readEvalReport({ mappedShare: 0.9996, counts: { testRows: 2779 } }));
    expect(parts.map((p) => p.share)).toEqual([0.9996, undefined, undefined]);
    expect(answeredSentence(parts)).toBe("Of every 100 job titles in the test year, 99.96 mapped to a role.");
    expect(answeredSentence(answeredParts(readEvalReport({})))).toBeUndefined();
  });

  it("counts what the answered share leaves as unanswered when there is no count", () => {
    const parts = answeredParts(readEvalReport({ answeredShare: 0.985, mappedShare: 0.9 }));
    expect(parts[2]?.share).toBeCloseTo(0.015, 10);
  });
});

describe("per100", () => {
  it("gives one decimal, more only where one would round a part to none or all", () => {
    expect(per100(0.0912)).toBe("9.1");
    expect(per100(0.9)).toBe("90");
    expect(per100(0.9996)).toBe("99.96");
    expect(per100(0.0004)).toBe("0.04");
    expect(per100(1)).toBe("100");
    expect(per100(0)).toBe("0");
  });
});

describe("calibration in words", () => {
  it("signs each bin's gap between prediction and real median", () => {
    expect(formatGap({ predicted: 72_320, actual: 83_843, n: 2399 })).toBe("+16 %");
    expect(formatGap({ predicted: 163_900, actual: 163_000, n: 2399 })).toBe("−1 %");
    expect(formatGap({ predicted: 100_000, actual: 100_200, n: 10 })).toBe("0 %");
  });


  it("names the bin furthest from the diagonal and its direction", () => {
    const bins = readEvalReport(fullReport).calibration!;
    const text = calibrationSummary(bins, "USD");
    expect(text).toContain("in 3 bins by prediction");
    expect(text).toContain("within 10 % of our prediction");
    expect(text).toContain("predicted $60,000, real median $66,000 (10 % higher), 30 salaries");
    expect(calibrationSummary([{ predicted: 100_000, actual: 80_000, n: 7 }], "USD")).toContain("(20 % lower), 7 salaries");
  });
});
