package cn.linli.privacy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads HanLP's dictionaries for {@link PersonalNames} once the service is up, on a thread of its own: the first name
 * check takes 1–4 s to load them, which would otherwise fall on the first need or event a partner writes, inside its
 * write transaction.
 */
@Component
class PersonalNamesWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> PersonalNames.find("居民王秀英表示满意"), "personal-names-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
