import { describe, expect, it } from "vitest";
import { z } from "zod";
import { friendlyIssuesByField, friendlyMessage, labelOfPath } from "./messages";

/** The message zod itself writes for a value, so the mapping is held to zod's real wording. */
function zodMessage(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues[0]!.message;
}

describe("friendlyMessage", () => {
  it("turns zod's bounds into sentences that name the field", () => {
    expect(friendlyMessage("Base salary", zodMessage(z.number().min(0), -1))).toBe("Base salary must be 0 or more.");
    expect(friendlyMessage("Probability", zodMessage(z.number().max(1), 2))).toBe("Probability must be 1 or less.");
    expect(friendlyMessage("Hours a week", zodMessage(z.number().positive(), 0))).toBe("Hours a week must be more than 0.");
    expect(friendlyMessage("Headcount", zodMessage(z.number().lt(100_000), 100_000))).toBe("Headcount must be less than 100,000.");
    expect(friendlyMessage("Months", zodMessage(z.number().int(), 1.5))).toBe("Months must be a whole number.");
    expect(friendlyMessage("Base salary", zodMessage(z.number(), "abc"))).toBe("Base salary must be a number.");
    expect(friendlyMessage("Name", zodMessage(z.string().min(1), ""))).toBe("Name is required.");
    expect(friendlyMessage("Name", zodMessage(z.string(), undefined))).toBe("Name is required.");
    expect(friendlyMessage("Note", zodMessage(z.string().max(500), "x".repeat(501)))).toBe("Note must be at most 500 characters.");
    expect(friendlyMessage("Offers", zodMessage(z.array(z.string()).min(2), ["a"]))).toBe("Offers: choose at least 2.");
    expect(friendlyMessage("Vesting", zodMessage(z.enum(["even", "custom"]), "other"))).toBe("Vesting: choose one of the options.");
  });

  it("names the field in core's and the server's own messages", () => {
    expect(friendlyMessage("Premium", "must not be negative")).toBe("Premium must be 0 or more.");
    expect(friendlyMessage("Multiplier", "must be positive")).toBe("Multiplier must be more than 0.");
    expect(friendlyMessage("Premium", "must be between 0 and 1")).toBe("Premium must be between 0 and 1.");
    expect(friendlyMessage("Location", 'unknown location "xx"')).toBe('Location "xx" is not one the catalog knows: choose one from the list.');
    expect(friendlyMessage("Role", "Required.")).toBe("Role is required.");
    expect(friendlyMessage("Year", "Year must be 2020 or later")).toBe("Year must be 2020 or later.");
    expect(friendlyMessage("Source", "Choose a source.")).toBe("Source: choose a source.");
  });
});

describe("labelOfPath and friendlyIssuesByField", () => {
  it("finds the most precise known label in a path, else writes the last key as words", () => {
    expect(labelOfPath("offers.0.offer.base", { base: "Base salary", offers: "Offers" })).toBe("Base salary");
    expect(labelOfPath("profile.remotePolicy", {})).toBe("Remote policy");
    expect(labelOfPath("members.3", {})).toBe("Members");
    expect(labelOfPath("document.skills.7.premium.value", {})).toBe("Premium");
  });

  it("keys friendly messages by the form's field and joins several of one field", () => {
    const issues = [
      { path: "profile.year", message: "Too small: expected number to be >=2020" },
      { path: "profile.skills.2", message: 'unknown skill "x"' },
      { path: "profile.skills.3", message: 'unknown skill "y"' },
      { path: "other", message: "Sign in first." },
    ];
    expect(friendlyIssuesByField(issues, ["year", "skills"], { year: "Year", skills: "Skills" })).toEqual({
      year: "Year must be 2020 or more.",
      skills: 'Skills "x" is not one the catalog knows: choose one from the list. Skills "y" is not one the catalog knows: choose one from the list.',
      "": "Other: sign in first.",
    });
  });
});
