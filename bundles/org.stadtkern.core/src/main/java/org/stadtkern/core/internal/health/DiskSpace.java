package org.stadtkern.core.internal.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The free space of the file system that holds the runtime's data ({@code karaf.data}: database,
 * broker journal, logs), for /health: a warning before it is full, DOWN below the minimum. A
 * change of the configuration takes effect without a restart of anything.
 */
@Component(service = DiskSpace.class, configurationPid = "org.stadtkern.disk")
@Designate(ocd = DiskConfig.class)
public final class DiskSpace {

    private final Path data = Path.of(System.getProperty("karaf.data", "data"));
    private volatile DiskConfig config;

    @Activate
    public DiskSpace(DiskConfig config) {
        this.config = config;
    }

    @Modified
    void modified(DiskConfig changed) {
        this.config = changed;
    }

    /** {@code status}, {@code free} and {@code total} in MB, and {@code warning} or {@code error} where due. */
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        try {
            FileStore store = Files.getFileStore(data);
            long free = store.getUsableSpace() >> 20;
            long total = store.getTotalSpace() >> 20;
            DiskConfig limits = config;
            boolean enough = free >= limits.minimum_mb();
            report.put("status", enough ? Health.UP : Health.DOWN);
            report.put("freeMB", free);
            report.put("totalMB", total);
            if (!enough) {
                report.put("error", "less than " + limits.minimum_mb() + " MB free for " + data);
            } else if (total > 0 && free * 100 < total * limits.warning_percent()) {
                report.put("warning", "less than " + limits.warning_percent() + " % free for " + data);
            }
        } catch (IOException e) {
            report.put("status", Health.DOWN);
            report.put("error", "free space of " + data + " unknown: " + e.getMessage());
        }
        return report;
    }
}
