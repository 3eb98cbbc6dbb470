package cn.linli.partner;

import cn.linli.api.errors.BadInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --issue-key --partner=dept-01 --scopes=RESOURCES --places=511402 [--expires=2027-01-01T00:00:00+08:00]
 * [--note=...]}: prints a new API key once, then exits. Runs when the application is ready, i.e. after the schema
 * and (on an empty graph) the seed are in. For a store no service runs on (the first key, an ADMIN one); a running
 * service issues keys through its mutation issueApiKey.
 */
@Component
class IssueKeyCommand implements ApplicationListener<ApplicationReadyEvent> {

    static final String OPTION = "issue-key";

    private final ApiKeys keys;
    private final ApplicationArguments args;
    private final ConfigurableApplicationContext context;

    IssueKeyCommand(ApiKeys keys, ApplicationArguments args, ConfigurableApplicationContext context) {
        this.keys = keys;
        this.args = args;
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = 0;
        try {
            ApiKeys.Grant grant = new ApiKeys.Grant(
                    single("partner"),
                    scopes(list("scopes")),
                    list("places"),
                    ApiKeys.expiry(single("expires"), "--expires"),
                    single("note"));
            ApiKeys.KeyChange issued = keys.issue(grant, ApiKeys.COMMAND_LINE, "--");
            StoredKey key = issued.key();
            System.out.println("API key for " + key.partner() + " (scopes " + key.scopes() + ", places " + key.places()
                    + (key.expiresAt() == null ? "" : ", expires " + key.expiresAt()) + "; id " + key.id()
                    + "). It is shown only now; keep it secret:");
            System.out.println(issued.secret());
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            status = 2;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    private String single(String option) {
        List<String> values = args.getOptionValues(option);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private List<String> list(String option) {
        String value = single(option);
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Set<Scope> scopes(List<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            try {
                scopes.add(Scope.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--scopes", "'" + name + "' is not one of " + EnumSet.allOf(Scope.class));
            }
        }
        return scopes;
    }
}
