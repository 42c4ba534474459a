/** The plain GRPO baseline reward of SPEC §4: R = c, whatever the workflow. */
export const plainReward = (correctness: number): number => correctness;
