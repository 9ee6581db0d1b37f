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
