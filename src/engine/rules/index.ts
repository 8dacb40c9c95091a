import type { Rule } from "./rule";
import { secureChannelRequired } from "./secureChannelRequired";

/** Every handbook rule, in the order their hits are shown. */
export const RULES: readonly Rule[] = [secureChannelRequired];
