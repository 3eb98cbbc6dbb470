package cn.linli.api.limits;

import cn.linli.api.errors.LimitExceeded;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.org.antlr.v4.runtime.CharStreams;
import graphql.org.antlr.v4.runtime.Token;
import graphql.parser.ParserOptions;
import graphql.parser.antlr.GraphqlLexer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where a document's text becomes a parsed, validated document: the text is checked against the size
 * and token limits before the parser sees it, and clients may register an operation and call it later
 * by its sha256 hash (automatic persisted queries: {@code extensions.persistedQuery.sha256Hash}).
 * Registered operations are kept in a bounded cache; only documents that parsed and validated are kept.
 */
@Component
class Documents implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private final LimitSettings limits;
    private final ParserOptions parserOptions;
    private final PersistedQuerySupport persisted;

    Documents(LimitSettings limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxBytes()));
        Cache<Object, PreparsedDocumentEntry> registered =
                Caffeine.newBuilder().maximumSize(limits.persistedQueries()).build();
        PersistedQueryCache cache = (id, input, onMiss) -> {
            PreparsedDocumentEntry entry = registered.getIfPresent(id);
            if (entry == null) {
                String text = input.getQuery();
                if (text == null || text.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text)) {
                    throw new PersistedQueryNotFound(id);
                }
                entry = onMiss.apply(text);
                if (!entry.hasErrors()) {
                    registered.put(id, entry);
                }
            }
            return CompletableFuture.completedFuture(entry);
        };
        this.persisted = new ApolloPersistedQuerySupport(cache);
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return persisted.getDocumentAsync(input, resolved -> checked(resolved, parseAndValidate));
    }

    private PreparsedDocumentEntry checked(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxBytes()) {
            return new PreparsedDocumentEntry(new LimitExceeded(
                            "bytes",
                            bytes,
                            limits.maxBytes(),
                            "Send a shorter document, or register it once as a persisted query.")
                    .toError());
        }
        int tokens = tokens(text);
        if (tokens > limits.maxTokens()) {
            return new PreparsedDocumentEntry(new LimitExceeded(
                            "tokens",
                            tokens,
                            limits.maxTokens(),
                            "Send a shorter document: fewer fields, arguments or fragments.")
                    .toError());
        }
        // graphql-java's own parser guard, bounded the same way (it reads the options from the request context).
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        return parseAndValidate.apply(input);
    }

    /** Tokens as the parser counts them (ignored characters such as whitespace and commas excluded). */
    private static int tokens(String text) {
        GraphqlLexer lexer = new GraphqlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int count = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                count++;
            }
        }
        return count;
    }
}
