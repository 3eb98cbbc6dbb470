package cn.linli.api;

import cn.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Tests of what a portal meets over real HTTP on the test server's random port (same context as every {@link LinliTest}). */
abstract class OverHttpTest extends LinliTest {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private Http http;

    Http http() {
        if (http == null) {
            http = new Http(port, json);
        }
        return http;
    }
}
