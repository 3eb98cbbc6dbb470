package cn.linli.event;

/** Open311 GeoReport v2's {@code status} of a service request: {@code open} or {@code closed}. */
public enum Open311Status {
    OPEN,
    CLOSED
}
