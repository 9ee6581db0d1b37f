import { baseConfig } from "@paypath/eslint-config/base";

export default [...baseConfig, { ignores: ["test-results/**", "artifacts/**", "playwright-report/**"] }];
