package cn.linli.need;

import java.util.Arrays;

/** A move of a need from one status to the next, the mutation that makes it, and the time it stamps. */
enum NeedStep {
    DISPATCH("dispatchNeed", NeedStatus.OPEN, "dispatchedAt"),
    CLAIM("claimNeed", NeedStatus.DISPATCHED, "claimedAt"),
    COMPLETE("completeNeed", NeedStatus.CLAIMED, "completedAt"),
    FOLLOW_UP("followUpNeed", NeedStatus.COMPLETED, "followedUpAt");

    private final String mutation;
    private final NeedStatus from;
    private final String stamp;

    NeedStep(String mutation, NeedStatus from, String stamp) {
        this.mutation = mutation;
        this.from = from;
        this.stamp = stamp;
    }

    String mutation() {
        return mutation;
    }

    NeedStatus from() {
        return from;
    }

    NeedStatus to() {
        return from.next();
    }

    /** The property that records when the step was made. */
    String stamp() {
        return stamp;
    }

    /** The step allowed from {@code status}; null when none is (closed). */
    static NeedStep after(NeedStatus status) {
        return Arrays.stream(values()).filter(s -> s.from == status).findFirst().orElse(null);
    }
}
