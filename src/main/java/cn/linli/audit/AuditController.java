package cn.linli.audit;

import cn.linli.api.DateRange;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The audit log, for admin keys only. */
@Controller
class AuditController {

    private final AuditLog log;
    private final PagingSettings paging;

    AuditController(AuditLog log, PagingSettings paging) {
        this.log = log;
        this.paging = paging;
    }

    @QueryMapping
    Connection<AuditEntry> auditLog(
            @Argument String partner,
            @Argument String mutation,
            @Argument String recordId,
            @Argument DateRange at,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Caller.orNobody(caller).require(Scope.ADMIN);
        DateRange.Days days = DateRange.check(at, "at");
        return log.list(
                new AuditFilter(partner, mutation, recordId, days.from(), days.to()),
                PageRequest.of(AuditLog.NEWEST, first, after, last, before, paging));
    }
}
