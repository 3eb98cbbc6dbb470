package cn.linli.need;

/** The stages of a need, in order: 居民点单 → 小区派单 → 党员接单 → 完成 → 回访销单. */
public enum NeedStatus {
    OPEN("居民点单"),
    DISPATCHED("小区派单"),
    CLAIMED("党员接单"),
    COMPLETED("已完成"),
    CLOSED("回访销单");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status a need goes to next; null once closed. */
    public NeedStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
