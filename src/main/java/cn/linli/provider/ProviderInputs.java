package cn.linli.provider;

import cn.linli.geo.CoordinateSystem;
import java.util.List;

/** Inputs and payloads of the provider mutations, as the schema declares them. */
final class ProviderInputs {

    private ProviderInputs() {}

    record GeoPointInput(double lon, double lat, CoordinateSystem crs) {}

    record UpsertProviderInput(
            String clientMutationId,
            String key,
            String name,
            List<String> aliases,
            String kind,
            String level,
            String placeCode,
            GeoPointInput location,
            String address,
            String phone,
            String hours,
            Integer capacity,
            String description) {}

    record UpsertServiceItemInput(
            String clientMutationId,
            String key,
            String providerId,
            String name,
            String category,
            String description,
            String hours,
            String eligibility,
            String fee,
            List<String> documents,
            List<String> languages) {}

    record DeleteServiceItemInput(String clientMutationId, String itemId) {}

    record DeleteServiceItemPayload(String clientMutationId, String deletedId) {}

    record ProviderPayload(String clientMutationId, Provider provider) {}

    record ServiceItemPayload(String clientMutationId, ServiceItem serviceItem) {}
}
