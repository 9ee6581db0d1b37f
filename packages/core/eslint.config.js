import { pureConfig } from "@paypath/eslint-config/pure";

export default pureConfig;
