package cn.linli.api.errors;

/**
 * The stable {@code extensions.code} values clients can rely on (docs/ERRORS.md). CONFLICT: the record's
 * current state does not allow the write (e.g. a need transition out of order); the error says the state and the allowed step.
 */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    LIMIT_EXCEEDED,
    UNAVAILABLE,
    INTERNAL
}
