package cn.linli.api.errors;

/** The stable {@code extensions.code} values clients can rely on (docs/ERRORS.md). */
public enum ErrorCode {
    BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, LIMIT_EXCEEDED, UNAVAILABLE, INTERNAL
}
