package cn.linli.api.http;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page for what it refuses before any filter or handler sees the request (a request line and
 * headers over {@code server.max-http-request-header-size}, e.g. a GET whose URL carries a long document; a
 * request line it cannot parse), as a GraphQL-shaped JSON body instead of HTML. Installed on the host by
 * {@link GraphQlRequestRefusals}; Tomcat creates it, hence public.
 */
public class GraphQlErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable thrown) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpRefusal refusal = tooLarge(status, thrown)
                ? HttpRefusal.badInput(
                        HttpStatus.valueOf(status),
                        "request",
                        "The request line and headers are longer than"
                                + " this server reads (server.max-http-request-header-size). Send a long document with POST,"
                                + " or register it once as a persisted query and send only its hash.")
                : HttpRefusal.forStatus(status);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(refusal.body()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException nothingMoreToSay) {
            // the connection is gone or the answer is already on its way
        }
    }

    private static boolean tooLarge(int status, Throwable thrown) {
        return status == HttpStatus.BAD_REQUEST.value()
                && thrown != null
                && String.valueOf(thrown.getMessage()).contains("too large");
    }
}
