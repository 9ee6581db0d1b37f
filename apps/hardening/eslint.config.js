import { baseConfig } from "@paypath/eslint-config/base";

export default baseConfig;
