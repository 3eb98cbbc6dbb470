package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The instrumentations run per request, not per field: each request is observed (timer graphql.request) and each
 * DataLoader batch, but no single data fetcher; and no instrumentation of the service has a field's hook that the
 * chain would leave out.
 */
class RequestInstrumentationsTest extends LinliTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aRequestIsTimedWholeAndItsDataFetchersAreNotTimedOneByOne() {
        long before = requests();
        graphQl()
                .documentName("communitiesGridsCenters")
                .variable("first", 5)
                .execute()
                .path("places.edges[0].node.grids.edges[0].node.servedBy.totalCount")
                .hasValue();
        assertThat(requests()).isEqualTo(before + 1);
        assertThat(meters.find("graphql.dataloader").timers()).isNotEmpty();
        assertThat(meters.find("graphql.datafetcher").meters()).isEmpty();
    }

    /** The hooks the chain leaves out are those of graphql-java's no-op or of the data fetcher observation. */
    @Test
    void noInstrumentationOfTheServiceActsInTheHooksOfSingleFields() throws NoSuchMethodException {
        Set<Class<?>> inert = Set.of(Instrumentation.class, SimplePerformantInstrumentation.class);
        var instrumentations = context.getBeansOfType(Instrumentation.class).values();
        assertThat(instrumentations).hasSizeGreaterThanOrEqualTo(5);
        for (Instrumentation instrumentation : instrumentations) {
            for (Method hook : RequestInstrumentations.Chain.class.getDeclaredMethods()) {
                Class<?> declaring = instrumentation
                        .getClass()
                        .getMethod(hook.getName(), hook.getParameterTypes())
                        .getDeclaringClass();
                if (hook.getName().equals("instrumentDataFetcher")) {
                    assertThat(declaring)
                            .as(instrumentation.getClass() + " " + hook.getName())
                            .isIn(
                                    Instrumentation.class,
                                    SimplePerformantInstrumentation.class,
                                    GraphQlObservationInstrumentation.class);
                } else {
                    assertThat(declaring)
                            .as(instrumentation.getClass() + " " + hook.getName())
                            .isIn(inert.toArray());
                }
            }
        }
    }

    private long requests() {
        return meters.find("graphql.request").timers().stream()
                .mapToLong(timer -> timer.count())
                .sum();
    }
}
