package cn.linli.coverage;

/** The gap lists of one place; each list is a field with its own arguments (GapController). */
public record Gaps(String placeCode, String prefix) {}
