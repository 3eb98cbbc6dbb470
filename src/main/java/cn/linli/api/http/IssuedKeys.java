package cn.linli.api.http;

/**
 * Whether an {@code X-API-Key} value was really issued and may be used now (neither revoked nor expired). Only
 * such keys get a rate budget of their own; any other value is charged to the caller's address, so inventing
 * keys (or holding on to a revoked one) buys no extra budget.
 */
public interface IssuedKeys {
    boolean issued(String key);
}
