package cn.linli.api;

/** A record that knows which GraphQL object type it is (for interfaces such as Node and Place). */
public interface Typed {
    String graphQlType();
}
