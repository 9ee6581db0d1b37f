import { describe, expect, it } from "vitest";
import { issuesByField, issuesOf } from "./api-errors";

describe("server issues", () => {
  it("reads data.issues from a tRPC error and places each on the field it names", () => {
    const error = {
      message: "bad input",
      data: {
        code: "BAD_REQUEST",
        issues: [
          { path: "profile.location", message: 'unknown location "xx"' },
          { path: "profile.skills.1", message: "unknown skill" },
          { path: "name", message: "Too small" },
          { path: "", message: "Something general" },
        ],
      },
    };
    expect(issuesByField(issuesOf(error), ["name", "location", "skills"])).toEqual({
      location: 'unknown location "xx"',
      skills: "unknown skill",
      name: "Too small",
      "": "Something general",
    });
  });

  it("returns no issues for errors without them", () => {
    expect(issuesOf(new Error("boom"))).toEqual([]);
    expect(issuesOf(null)).toEqual([]);
  });
});
