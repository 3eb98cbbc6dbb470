package cn.linli.search;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.hours.OpenAt;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchQueries queries;
    private final SearchSettings settings;
    private final PagingSettings paging;

    SearchController(SearchQueries queries, SearchSettings settings, PagingSettings paging) {
        this.queries = queries;
        this.settings = settings;
        this.paging = paging;
    }

    @QueryMapping
    Connection<SearchHit> search(
            @Argument String text,
            @Argument List<String> kinds,
            @Argument List<String> categories,
            @Argument String within,
            @Argument String openAt,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        SearchText parsed = SearchText.parse(text, settings.maxTextLength());
        return queries.search(
                parsed,
                kinds,
                categories,
                within,
                OpenAt.parse(openAt, "openAt"),
                PageRequest.of(SearchQueries.bestFirst(parsed), first, after, last, before, paging));
    }
}
