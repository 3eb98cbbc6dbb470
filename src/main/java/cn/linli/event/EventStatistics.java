package cn.linli.event;

import cn.linli.place.Place;
import cn.linli.provider.Provider;
import java.util.List;

/** Planners' figures over the events reported under a place in a range of days (EventStatisticsQueries computes them). */
record EventStatistics(
        Place place,
        int reported,
        int resolved,
        int solvedInGrid,
        int solvedInCommunity,
        int escalated,
        int overdue,
        int callbacks,
        int satisfied,
        Double medianHoursToResolve,
        List<DepartmentFigures> byDepartment,
        List<CategoryFigures> byCategory,
        List<GridFigures> topEscalatingGrids) {

    /** 小事不出网格: resolved at the grid, of the resolved. */
    public Double solvedInGridShare() {
        return share(solvedInGrid, resolved);
    }

    /** 大事不出社区: resolved at the grid or the community, of the resolved. */
    public Double solvedInCommunityShare() {
        return share(solvedInCommunity, resolved);
    }

    /** 满意率: satisfied, of the callbacks. */
    public Double satisfactionRate() {
        return share(satisfied, callbacks);
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    record DepartmentFigures(Provider department, int events, int resolved, Double medianHandlingHours, int overdue) {}

    record CategoryFigures(
            EventCategory category, int events, int resolved, Double medianHoursToResolve, int overdue) {}

    record GridFigures(Place grid, int events, int escalated) {}
}
