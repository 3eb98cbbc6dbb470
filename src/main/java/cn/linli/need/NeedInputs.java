package cn.linli.need;

/** Inputs and payload of the need mutations, as the schema declares them. */
final class NeedInputs {

    private NeedInputs() {}

    record RaiseNeedInput(String clientMutationId, String title, String category, String gridCode) {}

    record NeedStepInput(String clientMutationId, String needId) {}

    record ClaimNeedInput(String clientMutationId, String needId, String claimantId) {}

    record NeedPayload(String clientMutationId, Need need) {}
}
