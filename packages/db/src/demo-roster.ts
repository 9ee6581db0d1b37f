import type { Catalog } from "@paypath/core";
import type { TeamMemberInput } from "./queries/teams.js";

interface RosterSeed {
  employeeId: string;
  name: string;
  title: string;
  role: string;
  level: string;
  location: string;
  rating: number;
  hireDate: string;
  manager: string | null;
  gender: string | null;
  /** Where this person sits against the catalog's median for their role, level and location. */
  payRatio: number;
}

// The "Applied AI" team: a director, two managers and their reports across US metros and abroad.
// A few people are deliberately out of band (payRatio far from 1) so band views have something to show.
const people: readonly RosterSeed[] = [
  { employeeId: "AAI-001", name: "Priya Raman", title: "Director, Applied AI", role: "ml-engineer", level: "director", location: "us-sf-bay-area", rating: 4, hireDate: "2019-03-11", manager: null, gender: "female", payRatio: 1.02 },
  { employeeId: "AAI-002", name: "Marcus Bell", title: "Engineering Manager, ML Platform", role: "mlops-engineer", level: "manager", location: "us-seattle", rating: 3, hireDate: "2020-07-20", manager: "AAI-001", gender: "male", payRatio: 0.97 },
  { employeeId: "AAI-003", name: "Sofia Marchetti", title: "Research Manager, Models", role: "research-scientist", level: "manager", location: "us-new-york", rating: 4, hireDate: "2021-01-04", manager: "AAI-001", gender: "female", payRatio: 1.01 },
  { employeeId: "AAI-004", name: "Kenji Watanabe", title: "Principal Research Scientist", role: "research-scientist", level: "principal", location: "us-sf-bay-area", rating: 5, hireDate: "2018-09-17", manager: "AAI-003", gender: "male", payRatio: 1.08 },
  { employeeId: "AAI-005", name: "Amara Okafor", title: "Staff Machine Learning Engineer", role: "ml-engineer", level: "staff", location: "us-sf-bay-area", rating: 4, hireDate: "2020-02-03", manager: "AAI-002", gender: "female", payRatio: 0.84 },
  { employeeId: "AAI-006", name: "Daniel Cohen", title: "Senior Applied Scientist", role: "applied-scientist", level: "senior", location: "us-boston", rating: 3, hireDate: "2021-06-14", manager: "AAI-003", gender: "male", payRatio: 1.0 },
  { employeeId: "AAI-007", name: "Lucía Fernández", title: "Senior Deep Learning Engineer", role: "deep-learning-engineer", level: "senior", location: "us-austin", rating: 4, hireDate: "2022-03-28", manager: "AAI-003", gender: "female", payRatio: 1.05 },
  { employeeId: "AAI-008", name: "Ethan Brooks", title: "Machine Learning Engineer", role: "ml-engineer", level: "mid", location: "us-denver", rating: 3, hireDate: "2023-01-09", manager: "AAI-002", gender: "male", payRatio: 0.98 },
  { employeeId: "AAI-009", name: "Mei Lin", title: "Senior Inference Optimization Engineer", role: "inference-optimization-engineer", level: "senior", location: "us-seattle", rating: 5, hireDate: "2021-10-11", manager: "AAI-002", gender: "female", payRatio: 1.12 },
  { employeeId: "AAI-010", name: "Omar Haddad", title: "AI Security Engineer", role: "ai-security-engineer", level: "mid", location: "us-washington-dc", rating: 4, hireDate: "2023-05-15", manager: "AAI-002", gender: "male", payRatio: 1.03 },
  { employeeId: "AAI-011", name: "Hannah Schultz", title: "Senior MLOps Engineer", role: "mlops-engineer", level: "senior", location: "de", rating: 3, hireDate: "2021-09-01", manager: "AAI-002", gender: "female", payRatio: 0.95 },
  { employeeId: "AAI-012", name: "Arjun Mehta", title: "Machine Learning Engineer", role: "ml-engineer", level: "mid", location: "in", rating: 4, hireDate: "2022-11-21", manager: "AAI-002", gender: "male", payRatio: 1.04 },
  { employeeId: "AAI-013", name: "Chloé Dubois", title: "Research Scientist", role: "research-scientist", level: "mid", location: "fr", rating: 3, hireDate: "2023-02-06", manager: "AAI-003", gender: "female", payRatio: 0.99 },
  { employeeId: "AAI-014", name: "Tomasz Nowak", title: "Data Engineer", role: "data-engineer", level: "mid", location: "pl", rating: 3, hireDate: "2022-08-08", manager: "AAI-002", gender: "male", payRatio: 0.93 },
  { employeeId: "AAI-015", name: "Grace Mensah", title: "Senior Data Scientist", role: "data-scientist", level: "senior", location: "gb", rating: 4, hireDate: "2020-11-30", manager: "AAI-003", gender: "female", payRatio: 1.0 },
  { employeeId: "AAI-016", name: "Liam O'Connor", title: "AI Solutions Architect", role: "ai-solutions-architect", level: "senior", location: "ie", rating: 3, hireDate: "2021-04-19", manager: "AAI-001", gender: "male", payRatio: 0.97 },
  { employeeId: "AAI-017", name: "Wei Zhang", title: "Staff Research Scientist", role: "research-scientist", level: "staff", location: "ca", rating: 5, hireDate: "2019-12-02", manager: "AAI-003", gender: null, payRatio: 1.06 },
  { employeeId: "AAI-018", name: "Isabela Santos", title: "Junior Machine Learning Engineer", role: "ml-engineer", level: "junior", location: "us-chicago", rating: 3, hireDate: "2024-07-08", manager: "AAI-002", gender: "female", payRatio: 1.0 },
  { employeeId: "AAI-019", name: "Noah Fischer", title: "AI Engineer", role: "ai-engineer", level: "mid", location: "nl", rating: 2, hireDate: "2023-09-18", manager: "AAI-002", gender: "male", payRatio: 1.15 },
  { employeeId: "AAI-020", name: "Aisha Rahman", title: "Senior AI Product Manager", role: "ai-product-manager", level: "senior", location: "us-new-york", rating: 4, hireDate: "2021-08-23", manager: "AAI-001", gender: "female", payRatio: 0.9 },
  { employeeId: "AAI-021", name: "Jonas Lindqvist", title: "AI Governance Lead", role: "ai-governance-lead", level: "staff", location: "se", rating: 3, hireDate: "2022-01-10", manager: "AAI-001", gender: "male", payRatio: 0.98 },
  { employeeId: "AAI-022", name: "Ravi Iyer", title: "Senior Analytics Engineer", role: "analytics-engineer", level: "senior", location: "sg", rating: 3, hireDate: "2022-05-02", manager: "AAI-003", gender: "male", payRatio: 1.01 },
  { employeeId: "AAI-023", name: "Emily Carter", title: "AI Operations Specialist", role: "ai-operations-specialist", level: "junior", location: "us-atlanta", rating: 4, hireDate: "2024-02-12", manager: "AAI-001", gender: "female", payRatio: 0.96 },
  { employeeId: "AAI-024", name: "Diego Alvarez", title: "Senior ML Engineer, Fine-tuning", role: "ml-engineer", level: "senior", location: "us-los-angeles", rating: 5, hireDate: "2020-10-05", manager: "AAI-002", gender: "male", payRatio: 0.8 },
  { employeeId: "AAI-025", name: "Yuki Tanaka", title: "Applied Scientist", role: "applied-scientist", level: "mid", location: "jp", rating: 3, hireDate: "2023-11-06", manager: "AAI-003", gender: null, payRatio: 1.0 },
];

const bonusByRating: Readonly<Record<number, number>> = { 1: 0.5, 2: 0.8, 3: 1, 4: 1.15, 5: 1.3 };

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

function pick<T extends { id: string }>(entries: readonly T[], id: string, fallback: string): T {
  const found = entries.find((e) => e.id === id) ?? entries.find((e) => e.id === fallback) ?? entries[0];
  if (!found) throw new Error("the catalog has an empty table");
  return found;
}

/**
 * The 25 roster rows of the demo "Applied AI" team, priced from `catalog`: base is the role's
 * benchmark × level multiplier × location factor × the person's position in band; bonus and
 * equity follow the level's targets (bonus scaled by performance). Ids the catalog lacks fall
 * back to its reference level and location, or its first role.
 *
 * @example
 * demoRoster(defaultCatalog).length // → 25
 */
export function demoRoster(catalog: Catalog): TeamMemberInput[] {
  const ref = catalog.model.reference;
  const firstRole = catalog.roles[0]?.id ?? "";
  return people.map((p) => {
    const role = pick(catalog.roles, p.role, firstRole);
    const level = pick(catalog.levels, p.level, ref.level);
    const location = pick(catalog.locations, p.location, ref.location);
    const base = roundTo(role.benchmark.value * level.multiplier.value * location.factor.value * p.payRatio, 500);
    return {
      employeeId: p.employeeId,
      name: p.name,
      title: p.title,
      roleId: role.id,
      levelId: level.id,
      locationId: location.id,
      base,
      bonus: roundTo(base * level.bonusTarget.value * (bonusByRating[p.rating] ?? 1), 100),
      equity: roundTo(base * level.equityTarget.value, 500),
      performanceRating: p.rating,
      hireDate: p.hireDate,
      managerEmployeeId: p.manager,
      gender: p.gender,
    };
  });
}
