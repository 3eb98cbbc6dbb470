package cn.linli.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cost budget of one client: spent by requests, refilled over time, separate per client. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(new RateLimitSettings(true, 100, 10, 1000, 1), now::get);

    @Test
    void aClientSpendsItsBudgetAndIsRefusedWhenARequestCostsMoreThanIsLeft() {
        RateLimiter.Outcome first = limiter.spend("key:a", 60);
        assertThat(first.allowed()).isTrue();
        assertThat(first.budget()).isEqualTo(new RateLimiter.Budget(40, 100, 6));

        RateLimiter.Outcome second = limiter.spend("key:a", 60);
        assertThat(second.allowed()).isFalse();
        assertThat(second.budget().remaining())
                .as("a refused request spends nothing")
                .isEqualTo(40);
    }

    @Test
    void theBudgetRefillsOverTimeUpToItsCapacity() {
        limiter.spend("key:a", 100);
        now.addAndGet(3_000_000_000L);
        assertThat(limiter.spend("key:a", 30).allowed()).isTrue();
        assertThat(limiter.spend("key:a", 1).allowed()).isFalse();

        now.addAndGet(3_600_000_000_000L);
        assertThat(limiter.spend("key:a", 0).budget()).isEqualTo(new RateLimiter.Budget(100, 100, 0));
    }

    @Test
    void eachClientHasItsOwnBudget() {
        limiter.spend("key:a", 100);
        assertThat(limiter.spend("address:127.0.0.1", 100).allowed()).isTrue();
        assertThat(limiter.spend("key:a", 1).allowed()).isFalse();
    }

    @Test
    void behindABalancerOfFourInstancesEachKeepsAQuarterOfTheBudgetAndItsRefill() {
        RateLimiter oneOfFour = new RateLimiter(new RateLimitSettings(true, 100, 10, 1000, 4), now::get);
        assertThat(oneOfFour.spend("key:a", 25).budget()).isEqualTo(new RateLimiter.Budget(0, 25, 10));
        assertThat(oneOfFour.spend("key:a", 1).allowed()).isFalse();

        now.addAndGet(2_000_000_000L); // 10 per second over four instances: 2.5 per second each
        assertThat(oneOfFour.spend("key:a", 5).allowed()).isTrue();
        assertThat(oneOfFour.spend("key:a", 1).allowed()).isFalse();
    }
}
