package cn.linli.need;

import cn.linli.cache.CacheRegion;
import cn.linli.need.NeedInputs.ClaimNeedInput;
import cn.linli.need.NeedInputs.NeedPayload;
import cn.linli.need.NeedInputs.NeedStepInput;
import cn.linli.need.NeedInputs.RaiseNeedInput;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.write.Writes;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The need lifecycle: 居民点单 raiseNeed → 小区派单 dispatchNeed → 党员接单 claimNeed → completeNeed → 回访销单 followUpNeed. */
@Controller
class NeedMutations {

    private static final Set<CacheRegion> AFFECTS = Set.of(CacheRegion.NEEDS);

    private final Writes writes;
    private final NeedWrites needs;
    private final NeedQueries queries;

    NeedMutations(Writes writes, NeedWrites needs, NeedQueries queries) {
        this.writes = writes;
        this.needs = needs;
        this.queries = queries;
    }

    @MutationMapping
    NeedPayload raiseNeed(
            @Argument RaiseNeedInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Need need = writes.run(
                caller,
                request("raiseNeed", input.clientMutationId(), input),
                (tx, apiKey) -> needs.raise(tx, apiKey, input),
                this::reload);
        return new NeedPayload(input.clientMutationId(), need);
    }

    @MutationMapping
    NeedPayload dispatchNeed(
            @Argument NeedStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(NeedStep.DISPATCH, input, caller);
    }

    @MutationMapping
    NeedPayload claimNeed(
            @Argument ClaimNeedInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(NeedStep.CLAIM, input.clientMutationId(), input, input.needId(), input.claimantId(), caller);
    }

    @MutationMapping
    NeedPayload completeNeed(
            @Argument NeedStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(NeedStep.COMPLETE, input, caller);
    }

    @MutationMapping
    NeedPayload followUpNeed(
            @Argument NeedStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(NeedStep.FOLLOW_UP, input, caller);
    }

    private NeedPayload step(NeedStep step, NeedStepInput input, Caller caller) {
        return step(step, input.clientMutationId(), input, input.needId(), null, caller);
    }

    private NeedPayload step(
            NeedStep step, String clientMutationId, Object input, String needId, String claimantId, Caller caller) {
        Need need = writes.run(
                caller,
                request(step.mutation(), clientMutationId, input),
                (tx, apiKey) -> needs.step(tx, apiKey, step, needId, claimantId),
                this::reload);
        return new NeedPayload(clientMutationId, need);
    }

    private static Writes.Request request(String mutation, String clientMutationId, Object input) {
        return new Writes.Request(mutation, clientMutationId, input, Scope.NEEDS, AFFECTS);
    }

    private Need reload(String key) {
        return queries.byKeys(List.of(key)).get(0);
    }
}
