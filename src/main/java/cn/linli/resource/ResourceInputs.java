package cn.linli.resource;

import java.util.List;

/** Inputs and payload of the resource mutations, as the schema declares them. */
final class ResourceInputs {

    private ResourceInputs() {}

    record UpsertResourceInput(
            String clientMutationId,
            String key,
            String name,
            String type,
            String category,
            String description,
            String status) {}

    record DeployResourceInput(String clientMutationId, String resourceId, List<String> gridCodes, String since) {}

    record WithdrawResourceInput(String clientMutationId, String resourceId, List<String> gridCodes, String until) {}

    record ResourcePayload(String clientMutationId, Resource resource) {}
}
