import type { SampleProfile } from "@paypath/core";

/**
 * The standard profiles an impact preview prices on both catalogs: core AI, adjacent technical
 * and non-technical roles, IC and management levels, several markets, industries, stages, skills
 * and credentials, so that a change to almost any figure moves at least one of them. Ids are the
 * default catalog's; a catalog that lacks one reports that profile as not priced.
 */
export const sampleProfiles: readonly SampleProfile[] = [
  {
    id: "ml-engineer-senior-sf",
    label: "Senior ML engineer, San Francisco, big tech, LLM fine-tuning + distributed training",
    profile: { role: "ml-engineer", level: "senior", location: "us-sf-bay-area", industry: "big-tech", skills: ["llm-fine-tuning", "distributed-training"] },
  },
  {
    id: "research-scientist-staff-phd",
    label: "Staff research scientist, US, PhD + publications, RL for agents",
    profile: { role: "research-scientist", level: "staff", location: "us", skills: ["rl-for-agents", "evaluation-design"], credentials: ["phd", "publications"] },
  },
  {
    id: "ai-security-engineer-mid-finance",
    label: "Mid AI security engineer, New York, finance, AI security + cloud",
    profile: { role: "ai-security-engineer", level: "mid", location: "us-new-york", industry: "finance", skills: ["ai-security", "cloud-platforms"] },
  },
  {
    id: "ml-engineer-senior-ai-security",
    label: "Senior ML engineer, US, AI security + RAG",
    profile: { role: "ml-engineer", level: "senior", location: "us", skills: ["ai-security", "rag"] },
  },
  {
    id: "inference-engineer-senior-seattle",
    label: "Senior inference-optimization engineer, Seattle, growth stage",
    profile: { role: "inference-optimization-engineer", level: "senior", location: "us-seattle", stage: "growth", skills: ["inference-optimization"] },
  },
  {
    id: "data-scientist-mid-london",
    label: "Mid data scientist, United Kingdom, retail, data pipelines",
    profile: { role: "data-scientist", level: "mid", location: "gb", industry: "retail", skills: ["data-pipelines", "prompt-engineering"] },
  },
  {
    id: "mlops-engineer-junior-germany",
    label: "Junior MLOps engineer, Germany, hybrid, Kubernetes",
    profile: { role: "mlops-engineer", level: "junior", location: "de", arrangement: "hybrid", skills: ["mlops-kubernetes"] },
  },
  {
    id: "ai-engineer-senior-remote-india",
    label: "Senior AI engineer, India, remote at a global-premium employer, RAG",
    profile: { role: "ai-engineer", level: "senior", location: "in", arrangement: "remote", remotePolicy: "global-premium", skills: ["rag", "prompt-engineering"] },
  },
  {
    id: "ai-product-manager-senior-seed",
    label: "Senior AI product manager, Austin, seed stage, small company",
    profile: { role: "ai-product-manager", level: "senior", location: "us-austin", stage: "seed", companySize: "S" },
  },
  {
    id: "ai-governance-lead-manager-healthcare",
    label: "AI governance lead (manager), Boston, healthcare, governance",
    profile: { role: "ai-governance-lead", level: "manager", location: "us-boston", industry: "healthcare", skills: ["governance-compliance", "ai-security"] },
  },
  {
    id: "applied-scientist-principal-canada",
    label: "Principal applied scientist, Canada, multimodal, MS",
    profile: { role: "applied-scientist", level: "principal", location: "ca", skills: ["multimodal", "llm-fine-tuning"], credentials: ["ms"] },
  },
  {
    id: "ai-operations-specialist-mid-public",
    label: "Mid AI operations specialist, Chicago, public sector, certifications",
    profile: { role: "ai-operations-specialist", level: "mid", location: "us-chicago", industry: "public-sector", credentials: ["certifications"] },
  },
  {
    id: "ml-engineer-director-2026",
    label: "Director of ML engineering, US, late stage, in 2026",
    profile: { role: "ml-engineer", level: "director", location: "us", stage: "late", year: 2026 },
  },
];
