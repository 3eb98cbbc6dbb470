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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where a document's text becomes a parsed, validated document: the text is checked against the size
 * and token limits before the parser sees it, and clients may register an operation and call it later
 * by its sha256 hash (automatic persisted queries: {@code extensions.persistedQuery.sha256Hash}).
 * Registered operations are kept in a bounded cache; only documents that parsed and validated are kept.
 *
 * <p>Every document text within the size limit is lexed, parsed and validated once and its outcome reused
 * (portals send the same few documents over and over, with other variables): on the small operations, parsing and
 * validating was 15–18 % of the CPU of a request (docs/PERFORMANCE.md, "Closing the gap to the floor"). The
 * outcome depends on the text alone and on the locale graphql-java writes its messages in, so it is kept by both,
 * errors included: a document over the token limit, or invalid, is refused again with the same errors without
 * being read again. The cache is bounded by the characters of the texts it keeps ({@link #PARSED_CHARACTERS}).
 */
@Component
class Documents implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    /**
     * Characters of document text whose parsed and validated form is kept: about two thousand portal documents
     * (typically 300–600 characters), or 64 of the largest allowed (16 KiB); a syntax tree takes some ten times its
     * text, so at most some 20 MB of heap.
     */
    static final long PARSED_CHARACTERS = 1 << 20;

    /** A document's outcome holds for the same text read in the same locale. */
    private record Parsed(String text, Locale locale) {}

    private final LimitSettings limits;
    private final ParserOptions parserOptions;
    private final PersistedQuerySupport persisted;
    private final Cache<Parsed, PreparsedDocumentEntry> parsed = Caffeine.newBuilder()
            .maximumWeight(PARSED_CHARACTERS)
            .weigher((Parsed key, PreparsedDocumentEntry entry) -> key.text().length())
            .build();

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
        return parsed.get(new Parsed(text, input.getLocale()), key -> parsedAndValidated(input, parseAndValidate));
    }

    private PreparsedDocumentEntry parsedAndValidated(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
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
