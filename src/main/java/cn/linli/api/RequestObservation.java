package cn.linli.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * Spring for GraphQL's Micrometer observations (metrics {@code graphql.request} and {@code graphql.dataloader}), less
 * the one it makes around every data fetcher that is not a plain property ({@code graphql.datafetcher}): a list of 20
 * communities with their grids and serving centers runs hundreds of those, and starting and stopping an observation
 * for each was some 9 % of the CPU of such a request (docs/PERFORMANCE.md, "Closing the gap to the floor"). The
 * request's observation times the whole answer; a slow field shows in the Cypher it sends. Replaces the instrumentation
 * Boot would configure (it backs off when one is defined).
 */
@Component
class RequestObservation extends GraphQlObservationInstrumentation {

    RequestObservation(
            ObservationRegistry registry,
            ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
            ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention) {
        super(registry, requestConvention.getIfAvailable(), null, dataLoaderConvention.getIfAvailable());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return dataFetcher;
    }
}
