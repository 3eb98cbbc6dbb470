package cn.linli.need;

import java.util.List;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.linli.cache.CacheRegion;
import cn.linli.need.NeedInputs.ClaimNeedInput;
import cn.linli.need.NeedInputs.NeedPayload;
import cn.linli.need.NeedInputs.NeedStepInput;
import cn.linli.need.NeedInputs.RaiseNeedInput;
import cn.linli.partner.Scope;
import cn.linli.write.Writes;
import graphql.GraphQLContext;

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
    NeedPayload raiseNeed(@Argument RaiseNeedInput input, GraphQLContext context) {
        Need need = writes.run(context, request("raiseNeed", input.clientMutationId(), input),
                (tx, caller) -> needs.raise(tx, caller, input), this::reload);
        return new NeedPayload(input.clientMutationId(), need);
    }

    @MutationMapping
    NeedPayload dispatchNeed(@Argument NeedStepInput input, GraphQLContext context) {
        return step(NeedStep.DISPATCH, input, context);
    }

    @MutationMapping
    NeedPayload claimNeed(@Argument ClaimNeedInput input, GraphQLContext context) {
        return step(NeedStep.CLAIM, input.clientMutationId(), input, input.needId(), input.claimantId(), context);
    }

    @MutationMapping
    NeedPayload completeNeed(@Argument NeedStepInput input, GraphQLContext context) {
        return step(NeedStep.COMPLETE, input, context);
    }

    @MutationMapping
    NeedPayload followUpNeed(@Argument NeedStepInput input, GraphQLContext context) {
        return step(NeedStep.FOLLOW_UP, input, context);
    }

    private NeedPayload step(NeedStep step, NeedStepInput input, GraphQLContext context) {
        return step(step, input.clientMutationId(), input, input.needId(), null, context);
    }

    private NeedPayload step(NeedStep step, String clientMutationId, Object input, String needId, String claimantId,
            GraphQLContext context) {
        Need need = writes.run(context, request(step.mutation(), clientMutationId, input),
                (tx, caller) -> needs.step(tx, caller, step, needId, claimantId), this::reload);
        return new NeedPayload(clientMutationId, need);
    }

    private static Writes.Request request(String mutation, String clientMutationId, Object input) {
        return new Writes.Request(mutation, clientMutationId, input, Scope.NEEDS, AFFECTS);
    }

    private Need reload(String key) {
        return queries.byKeys(List.of(key)).get(0);
    }
}
