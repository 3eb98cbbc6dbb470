package cn.linli.event;

/**
 * Where an event stands in the five-step flow (网格发现报告 → 网上分流移交 → 部门限时办理 → 全程跟踪督办 → 办结回访反馈), with
 * the status Open311 GeoReport v2 gives the same request: {@code open} until it is resolved, {@code closed} after.
 */
public enum EventStatus {
    REPORTED("网格发现报告", Open311Status.OPEN),
    ESCALATED("吹哨上报", Open311Status.OPEN),
    ROUTED("网上分流移交", Open311Status.OPEN),
    IN_PROGRESS("部门限时办理", Open311Status.OPEN),
    RESOLVED("办结待回访", Open311Status.CLOSED),
    CLOSED("办结回访反馈", Open311Status.CLOSED);

    private final String label;
    private final Open311Status open311;

    EventStatus(String label, Open311Status open311) {
        this.label = label;
        this.open311 = open311;
    }

    public String label() {
        return label;
    }

    public Open311Status open311() {
        return open311;
    }
}
