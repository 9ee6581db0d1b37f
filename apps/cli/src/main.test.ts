import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = join(packageDir, "node_modules", ".bin", "tsx");

/** Runs the real command as pnpm would, from `dir` (INIT_CWD) with the package as working directory. */
function paypath(args: string[], dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dir };
  delete env.npm_package_name;
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["src/main.ts", ...args], { cwd: packageDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the paypath command", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "paypath-cli-"));
    await writeFile(
      join(dir, "in.csv"),
      ["id,title,level,country,metro", "a,Sr. ML Engineer,,US,Seattle", "b,ML Engineer,wizard,US,", "c,Data Scientist,MI,GB,"].join("\n"),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("estimates a file given relative to where it was called, reports bad rows and exits 1", async () => {
    const { code, stdout, stderr } = await paypath(["estimate", "--in", "in.csv"], dir);
    expect(stderr).toBe('line 3: level: unknown level "wizard"\n');
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("id,role,level,currency,base_p25,base_p50,base_p75,bonus_p50,equity_p50,total_p25,total_p50,total_p75,confidence,warnings");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["a,ml-engineer,senior", "c,data-scientist,mid"]);
    expect(code).toBe(1);
  });

  it("writes --out and exits 0 with --skip-invalid", async () => {
    const { code, stdout, stderr } = await paypath(["estimate", "--in", "in.csv", "--out", "out.jsonl", "--format", "jsonl", "--skip-invalid"], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe('line 3: level: unknown level "wizard"\n');
    const rows = (await readFile(join(dir, "out.jsonl"), "utf8")).trimEnd().split("\n");
    expect(rows.map((r) => (JSON.parse(r) as { id: string }).id)).toEqual(["a", "c"]);
  });

  it("prices a bare title with a warning, and refuses it with --strict naming the line and the title", async () => {
    await writeFile(join(dir, "bare.csv"), ["id,title,level,country", "a,ML Engineer,SE,US", "b,Engineer,SE,US"].join("\n"));
    const lenient = await paypath(["estimate", "--in", "bare.csv", "--format", "jsonl"], dir);
    expect(lenient.code).toBe(0);
    const rows = lenient.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; confidence: number; warnings: string[] });
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[1]!.confidence).toBeLessThanOrEqual(0.45);
    expect(rows[1]!.warnings[0]).toMatch(/^title "Engineer": "Engineer" alone does not say which kind of role/);
    const strict = await paypath(["estimate", "--in", "bare.csv", "--strict"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^line 3: title: "Engineer" names no role \(the likeliest, [a-z-]+, is only a guess\); --strict refuses it: give the role\n$/);
    expect(strict.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  it("prints usage with --help and rejects unknown flags with exit 2", async () => {
    const help = await paypath(["estimate", "--help"], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: paypath estimate/);
    const bad = await paypath(["estimate", "--inn", "in.csv"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('paypath estimate: unknown option --inn\nRun "paypath estimate --help" for usage.\n');
  });
});
