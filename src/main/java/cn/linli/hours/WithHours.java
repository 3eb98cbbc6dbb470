package cn.linli.hours;

/**
 * A record that publishes opening hours: OpenStreetMap {@code opening_hours} text, null when it has none of its
 * own. Providers and service items are such records; {@code hours.graphqls} extends their types and
 * {@link HoursController} resolves those fields through this interface.
 */
public interface WithHours {

    String hours();
}
