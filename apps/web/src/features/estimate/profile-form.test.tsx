import { fixtureCatalog } from "@paypath/core/testing";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState, type ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { initialValues, toProfile, type FormValues } from "./form-values";
import { ProfileForm } from "./profile-form";

let latest: FormValues = initialValues(fixtureCatalog);

function Harness({ errors = {} }: { errors?: Record<string, string> }): ReactElement {
  const [values, setValues] = useState(() => initialValues(fixtureCatalog));
  latest = values;
  return <ProfileForm catalog={fixtureCatalog} values={values} onChange={setValues} errors={errors} />;
}

afterEach(cleanup);

describe("ProfileForm", () => {
  it("labels every input and maps choices into the profile", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText("Level"), { target: { value: "staff" } });
    fireEvent.change(screen.getByLabelText("Arrangement"), { target: { value: "remote" } });
    fireEvent.change(screen.getByLabelText("Remote pay policy"), { target: { value: "global-premium" } });
    fireEvent.change(screen.getByLabelText("Company size"), { target: { value: "S" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /LLM fine-tuning/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: "PhD" }));
    expect(toProfile(latest)).toEqual({
      role: "ml-engineer",
      level: "staff",
      location: "us",
      arrangement: "remote",
      remotePolicy: "global-premium",
      companySize: "S",
      skills: ["llm-fine-tuning"],
      credentials: ["phd"],
      year: 2024,
    });
    fireEvent.click(screen.getByRole("checkbox", { name: /LLM fine-tuning/ }));
    expect(toProfile(latest)?.skills).toBeUndefined();
  });

  it("suggests a role and level from a free-text title and applies them on request", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText(/Job title/), { target: { value: "Staff Research Scientist" } });
    expect(screen.getByText(/Suggested:/).textContent).toContain("Research scientist");
    fireEvent.click(screen.getByRole("button", { name: "Use suggestion" }));
    expect(latest).toMatchObject({ role: "research-scientist", level: "staff" });
    expect(screen.queryByRole("button", { name: "Use suggestion" })).toBeNull();
  });

  it("shows a title that names no role as a low-confidence guess, says why, and applies it on request", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText(/Job title/), { target: { value: "Senior Scientist" } });
    expect(screen.getByTestId("title-fallback").textContent).toBe(
      'Low confidence: "Senior Scientist" does not say which kind of role; priced as the likeliest, Data scientist (the most common scientist title), with low confidence and a wider range',
    );
    expect(screen.getByText(/Likeliest role:/).textContent).toContain("Data scientist, Senior (40 % sure)");
    fireEvent.click(screen.getByRole("button", { name: "Use suggestion" }));
    expect(latest).toMatchObject({ role: "data-scientist", level: "senior" });
    expect(toProfile(latest, fixtureCatalog)?.roleMatch).toEqual({ confidence: 0.4, fallback: true });
    expect(screen.getByText(/Likeliest role:/).textContent).toContain("in use");
  });

  it("bounds the year field by the catalog's market years and says where projections start", () => {
    render(<Harness errors={{ year: "3000 is outside the catalog's years: enter a year from 2023 to 2025." }} />);
    const year = screen.getByLabelText("Year");
    expect([year.getAttribute("min"), year.getAttribute("max")]).toEqual(["2023", "2025"]);
    expect(year.getAttribute("aria-invalid")).toBe("true");
    const described = (year.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(["2023–2025; after 2024 a projection", "3000 is outside the catalog's years: enter a year from 2023 to 2025."]);
  });

  it("narrows locations by search and picks the first match", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText("Search locations"), { target: { value: "san fran" } });
    expect(latest.location).toBe("us-sf");
    const options = screen.getByLabelText("Location").querySelectorAll("option");
    expect([...options].map((o) => o.value)).toEqual(["us-sf"]);
  });

  it("shows an error next to the field it names", () => {
    render(<Harness errors={{ location: 'unknown location "xx"' }} />);
    const select = screen.getByLabelText("Location");
    expect(select.getAttribute("aria-invalid")).toBe("true");
    const describedBy = select.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe('unknown location "xx"');
  });
});
