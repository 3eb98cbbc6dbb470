package cn.linli.api.http;

/**
 * Whether an {@code X-API-Key} value was really issued. Only issued keys get a rate budget of their own;
 * any other value is charged to the caller's address, so inventing keys buys no extra budget.
 */
public interface IssuedKeys {
    boolean issued(String key);
}
