package cn.linli.coverage;

/** The provider nearest to a grid's center and how far it is, in metres along the great circle. */
public record Nearest(String providerKey, double meters) {}
