import { estimate, normalizeTitle } from "@paypath/core";
import { describe, expect, it } from "vitest";
import blsMedians from "../data/bls-medians.json" with { type: "json" };
import { defaultCatalog } from "./index.js";

const roleById = new Map(defaultCatalog.roles.map((r) => [r.id, r]));
const place = (title: string): { role: string | null; level: string | null; fallback: boolean } => {
  const m = normalizeTitle(title, defaultCatalog) as { role: string | null; level: string | null; fallback?: boolean };
  return { role: m.role, level: m.level, fallback: m.fallback === true };
};

/** Roles whose pay must come from AI-specific evidence (their own AI titles, or a proxy × a cited premium). */
const aiSpecific = ["ai-security-engineer", "inference-optimization-engineer", "ai-engineer", "ai-governance-lead", "ai-product-manager", "ai-solutions-architect"];

describe("the default catalog's roles", () => {
  it("has the general roles a compensation platform for AI teams needs, each in a known family", () => {
    const expected: Record<string, string> = {
      "security-engineer": "adjacent-technical",
      "security-analyst": "adjacent-technical",
      "platform-engineer": "adjacent-technical",
      "systems-administrator": "adjacent-technical",
      "solutions-architect": "adjacent-technical",
      "qa-engineer": "adjacent-technical",
      "engineering-manager": "adjacent-technical",
      "quant-researcher": "adjacent-technical",
      "computational-biologist": "adjacent-technical",
      "research-associate": "core-ai",
      "grc-analyst": "non-technical",
      "product-manager": "non-technical",
      "program-manager": "non-technical",
      "product-designer": "non-technical",
      "technical-writer": "non-technical",
    };
    expect(Object.fromEntries(Object.keys(expected).map((id) => [id, roleById.get(id)?.family]))).toEqual(expected);
  });

  it("gives every role a SOC code with a BLS median, so a role the surveys barely cover can still be scaled", () => {
    const medians: Record<string, number> = blsMedians.medians;
    const missing = defaultCatalog.roles.filter((r) => !r.soc || !(medians[r.soc]! > 0)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it("prices each AI-specific role by proxy from a data-backed general role times a premium with a published source", () => {
    for (const id of aiSpecific) {
      const role = roleById.get(id)!;
      expect(role.proxy, id).toBeDefined();
      const target = roleById.get(role.proxy!.role);
      expect(target, `${id} → ${role.proxy!.role}`).toBeDefined();
      expect(target!.proxy, `${id}: its proxy ${target!.id} must be data-backed itself`).toBeUndefined();
      expect(aiSpecific, `${id}: an AI role is not a proxy`).not.toContain(target!.id);
      const premium = role.proxy!.premium;
      expect(premium.value, id).toBeGreaterThan(1);
      expect(premium.note?.length ?? 0, id).toBeGreaterThan(40);
      const source = defaultCatalog.sources.find((s) => s.id === premium.source);
      expect(source?.kind, id).toBe("published");
      expect(source?.citation, id).toMatch(/(19|20)\d\d/);
    }
  });

  it.each([
    ["ai-security-engineer", "security-engineer"],
    ["ai-governance-lead", "grc-analyst"],
    ["ai-product-manager", "product-manager"],
    ["inference-optimization-engineer", "software-engineer"],
  ])("prices %s above %s for the same senior US profile (the surveys hold too few AI titles of its own)", (ai, general) => {
    const base = (role: string): number => estimate({ role, level: "senior", location: "us" }, defaultCatalog).base.p50;
    expect(base(ai)).toBeGreaterThan(base(general));
  });

  it("keeps only AI-specific titles on the AI-specific roles", () => {
    const namesAi = /\b(ai|machine learning|ml|llm|generative|artificial intelligence|prompt|agent|inference|gpu|model|accelerator)\b/;
    for (const id of aiSpecific) {
      const role = roleById.get(id)!;
      expect([...role.titles, ...role.looseTitles].filter((t) => !namesAi.test(t)), id).toEqual([]);
    }
  });
});

describe("titles people type", () => {
  // Real titles from the aijobs.net and isecjobs.com surveys (2020–2024), each with the role it should price as.
  it.each([
    ["Security Engineer", "security-engineer"],
    ["Cyber Security Engineer", "security-engineer"],
    ["Security Architect", "security-engineer"],
    ["Penetration Tester", "security-engineer"],
    ["DevSecOps Engineer", "security-engineer"],
    ["Security Researcher", "security-engineer"],
    ["Application Security Engineer", "security-engineer"],
    ["Cloud Security Engineer", "security-engineer"],
    ["IAM Engineer", "security-engineer"],
    ["Detection Engineer", "security-engineer"],
    ["Red Team Operator", "security-engineer"],
    ["Splunk Engineer", "security-engineer"],
    ["Privacy Engineer", "security-engineer"],
    ["Cyber Systems Engineer", "security-engineer"],
    ["Security Analyst", "security-analyst"],
    ["Cyber Security Analyst", "security-analyst"],
    ["Information Security Analyst", "security-analyst"],
    ["SOC Analyst", "security-analyst"],
    ["Information Security Officer", "security-analyst"],
    ["Security Specialist", "security-analyst"],
    ["Threat Intelligence Analyst", "security-analyst"],
    ["Incident Responder", "security-analyst"],
    ["OSINT Analyst", "security-analyst"],
    ["Cyber Security", "security-analyst"],
    ["Compliance Analyst", "grc-analyst"],
    ["GRC Analyst", "grc-analyst"],
    ["Information Security Risk Analyst", "grc-analyst"],
    ["Risk Analyst", "grc-analyst"],
    ["IT Auditor", "grc-analyst"],
    ["Security Control Assessor", "grc-analyst"],
    ["Privacy Officer", "grc-analyst"],
    ["Data Protection Officer", "grc-analyst"],
    ["Platform Engineer", "platform-engineer"],
    ["DevOps Engineer", "platform-engineer"],
    ["Site Reliability Engineer", "platform-engineer"],
    ["SRE", "platform-engineer"],
    ["Cloud Engineer", "platform-engineer"],
    ["Infrastructure Engineer", "platform-engineer"],
    ["Systems Engineer", "platform-engineer"],
    ["Network Engineer", "platform-engineer"],
    ["Systems Administrator", "systems-administrator"],
    ["Technical Support Engineer", "systems-administrator"],
    ["Solutions Architect", "solutions-architect"],
    ["Solution Architect", "solutions-architect"],
    ["Solutions Engineer", "solutions-architect"],
    ["Sales Engineer", "solutions-architect"],
    ["Enterprise Architect", "solutions-architect"],
    ["Technical Account Manager", "solutions-architect"],
    ["Engineering Manager", "engineering-manager"],
    ["Technical Lead", "engineering-manager"],
    ["Tech Lead", "engineering-manager"],
    ["Director of Engineering", "engineering-manager"],
    ["Research Associate", "research-associate"],
    ["Research Assistant", "research-associate"],
    ["Postdoctoral Fellow", "research-associate"],
    ["Quantitative Researcher", "quant-researcher"],
    ["Quantitative Analyst", "quant-researcher"],
    ["Quant Developer", "quant-researcher"],
    ["Computational Biologist", "computational-biologist"],
    ["Bioinformatics Scientist", "computational-biologist"],
    ["Bioinformatician", "computational-biologist"],
    ["Product Designer", "product-designer"],
    ["UX Designer", "product-designer"],
    ["Technical Writer", "technical-writer"],
    ["Product Manager", "product-manager"],
    ["Technical Product Manager", "product-manager"],
    ["Product Owner", "product-manager"],
    ["Program Manager", "program-manager"],
    ["Project Manager", "program-manager"],
    ["Test Engineer", "qa-engineer"],
    ["QA Engineer", "qa-engineer"],
    ["Business Analyst", "data-analyst"],
    ["Product Analyst", "data-analyst"],
    ["Data Governance Analyst", "data-analyst"],
    ["Member of Technical Staff", "software-engineer"],
    ["Frontend Engineer", "software-engineer"],
    ["Robotics Engineer", "software-engineer"],
    ["Statistical Programmer", "data-scientist"],
    ["AI Specialist", "ai-engineer"],
    ["Artificial Intelligence Engineer", "ai-engineer"],
    ["AI Engineering Manager", "ai-engineer"],
    ["AI Consultant", "ai-solutions-architect"],
    ["AI Security Engineer", "ai-security-engineer"],
    ["LLM Red Team", "ai-security-engineer"],
    ["Machine Learning Security Engineer", "ai-security-engineer"],
    ["AI Governance Lead", "ai-governance-lead"],
    ["Responsible AI", "ai-governance-lead"],
    ["AI Product Manager", "ai-product-manager"],
    ["Generative AI Product Manager", "ai-product-manager"],
    ["LLM Inference Engineer", "inference-optimization-engineer"],
  ])("places %s on %s", (title, role) => {
    expect(place(title)).toMatchObject({ role, fallback: false });
  });

  it.each([
    ["Engineering Manager", "engineering-manager", "manager"],
    ["Head of Engineering", "engineering-manager", "director"],
    ["VP of Engineering", "engineering-manager", "director"],
    ["Information Security Manager", "security-analyst", "manager"],
    ["Information Systems Security Manager", "security-analyst", "manager"],
    ["Director of Information Security", "security-analyst", "director"],
    ["Compliance Manager", "grc-analyst", "manager"],
    ["Head of AI", "ai-engineer", "director"],
    ["AI Lead", "ai-engineer", "staff"],
    ["AI/ML Engineer", "ml-engineer", null],
    ["Senior Program Manager", "program-manager", "senior"],
    ["Technical Account Manager", "solutions-architect", null],
    ["Member of Technical Staff", "software-engineer", null],
  ])("reads %s as %s at level %s (a management word outside the role's phrase picks a management level)", (title, role, level) => {
    expect(place(title)).toMatchObject({ role, level });
  });

  it("no longer prices general security and GRC titles as the AI security engineer or the AI governance lead", () => {
    const general = [
      "Security Engineer", "Security Analyst", "Security Architect", "Penetration Tester", "Information Security Officer", "SOC Analyst",
      "DevSecOps Engineer", "Cyber Security", "Information Security Manager", "Head of Security", "Threat Hunter", "Reverse Engineer",
      "Compliance Analyst", "Compliance Manager", "GRC Analyst", "Privacy Manager", "Privacy Engineer", "Data Governance", "Data Governance Lead",
      "Security Compliance Manager", "Information Security Compliance Manager",
    ];
    const onAiRoles = general.map((t) => [t, place(t).role]).filter(([, role]) => role === "ai-security-engineer" || role === "ai-governance-lead");
    expect(onAiRoles).toEqual([]);
  });

  it("prices general product titles as a product manager, not the AI product manager", () => {
    for (const t of ["Product Manager", "Senior Product Manager", "Data Product Manager", "Product Owner", "Principal Product Manager"]) {
      expect(place(t).role, t).toBe("product-manager");
    }
  });
});
